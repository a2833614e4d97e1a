using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Security.Pages;

namespace SopPublikasi.Module.LayananInformasi.Kantor.Pages;

/// <summary>
/// The desk's admin pages with move forms: the failed form stays open with each message beside its field (the
/// service's keys are the JSON names, matched ignoring case), and what belongs to no field at the top of that form.
/// </summary>
public abstract class LayananPageModel : AdminPageModel
{
    public const string StaleMessage = "Data ini baru saja diubah orang lain. Periksa perubahannya di halaman ini (isian Anda tetap), lalu kirim lagi bila masih perlu.";

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The form (move) whose submission was refused.</summary>
    public string? FailedForm { get; private set; }

    /// <summary>The form was refused because someone else moved the item first: the page shows the item as it is now.</summary>
    public bool Stale { get; private set; }

    /// <summary>Whether the move's form opens: it failed, or the move bar asked for it (<c>?aksi=</c>).</summary>
    public bool Opened(string form) => FailedForm == form || (FailedForm is null && Request.Query["aksi"] == form);

    /// <summary>Records a refused move: a user's mistake by field, a rule, a stale revision or a refusal as a form message.</summary>
    protected bool Fail(string form, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        string[] general;
        switch (error)
        {
            case InputException input:
                FailedForm = form;
                foreach (var (field, messages) in input.Errors)
                {
                    _errors[field] = messages;
                }

                return true;
            case LayananConflictException:
                Stale = true;
                general = [StaleMessage];
                break;
            case LayananRuleException or LayananForbiddenException:
                general = [error.Message];
                break;
            default:
                return false;
        }

        FailedForm = form;
        _errors[string.Empty] = general;
        return true;
    }

    /// <summary>Adds a message of the page's own checks (before the service is called).</summary>
    protected void AddError(string form, string field, string message)
    {
        FailedForm = form;
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
    }

    /// <summary>The messages beside <paramref name="field"/> of <paramref name="form"/>, as field-error spans.</summary>
    public IHtmlContent Galat(string form, string field)
    {
        if (FailedForm != form || !_errors.TryGetValue(field, out var messages))
        {
            return HtmlString.Empty;
        }

        var html = new HtmlContentBuilder();
        foreach (var m in messages)
        {
            html.AppendHtml("<span class=\"field-error\" data-field=\"" + HtmlEncoder.Default.Encode(field) + "\">");
            html.Append(m);
            html.AppendHtml("</span>");
        }

        return html;
    }

    /// <summary>The failed form's messages that belong to none of <paramref name="fields"/> (shown at its top).</summary>
    public IReadOnlyList<string> OtherErrors(string form, params string[] fields) =>
        FailedForm != form
            ? []
            : [.. _errors.Where(e => !fields.Contains(e.Key, StringComparer.OrdinalIgnoreCase)).SelectMany(e => e.Value)];
}
