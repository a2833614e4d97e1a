using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SopPublikasi.Module.Common;

/// <summary>
/// Puts a one-time token (<see cref="Field"/>) into every admin form that posts, new on every render, so that the
/// site's once-only filter (Site/Forms/OnceOnlyForms) can tell a second submit of the same form (a double click)
/// from a new one. In Common because every feature's views use it.
/// </summary>
[HtmlTargetElement("form")]
public sealed class FormTokenTagHelper : TagHelper
{
    public const string Field = "__FormToken";

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var method = output.Attributes.TryGetAttribute("method", out var m) ? m.Value?.ToString() : null;
        if (!string.Equals(method, "post", StringComparison.OrdinalIgnoreCase)
            || !ViewContext.HttpContext.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{Field}\" value=\"{Guid.NewGuid():N}\">");
    }
}
