using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SopPublikasi.Module.Site.Forms;

/// <summary>
/// Puts a one-time token (<see cref="OnceOnlyForms.Field"/>) into every admin form that posts, new on every render, so
/// that <see cref="OnceOnlyForms"/> can tell a second submit of the same form (a double click) from a new one.
/// </summary>
[HtmlTargetElement("form")]
public sealed class FormTokenTagHelper : TagHelper
{
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

        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{OnceOnlyForms.Field}\" value=\"{Guid.NewGuid():N}\">");
    }
}
