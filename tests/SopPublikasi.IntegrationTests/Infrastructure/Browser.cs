using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// Talks to the app the way a person's browser does: keeps cookies, reads pages, fills in the forms it finds
/// there (antiforgery token included) and follows redirects.
/// </summary>
public sealed class Browser
{
    public Browser(SopAppFactory factory)
        : this((factory ?? throw new ArgumentNullException(nameof(factory))).CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = true,
            HandleCookies = true,
            BaseAddress = new Uri("https://localhost"),
        }))
    {
    }

    /// <summary>A browser on any client that keeps cookies and follows redirects (a site running as a real process).</summary>
    public Browser(HttpClient http) => Http = http;

    /// <summary>Settable so that two app instances can share one cookie jar (a browser behind a load balancer).</summary>
    public HttpClient Http { get; init; }

    public static Task<Browser> SignInAsync(SopAppFactory factory, string userName, string password = TestUsers.Password) =>
        SignInAsync(new Browser(factory), userName, password);

    public static async Task<Browser> SignInAsync(Browser browser, string userName, string password = TestUsers.Password)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = userName, ["Input.KataSandi"] = password });
        Assert.True(page.Document.QuerySelector("form[action='/admin/keluar']") is not null, $"Sign-in of {userName} failed: {page.Text()}");
        return browser;
    }

    public async Task<Page> GetAsync(string url)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        return await Page.ReadAsync(response);
    }

    /// <summary>Opens <paramref name="url"/>, fills the form matched by <paramref name="formSelector"/>, and submits it.</summary>
    public async Task<Page> SubmitAsync(string url, string formSelector, Dictionary<string, object> fields, IEnumerable<(string Field, string FileName, byte[] Content)>? files = null)
    {
        var page = await GetAsync(url);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {url} answered {page.Status}");
        return await SubmitFormAsync(page, formSelector, fields, files);
    }

    /// <summary>
    /// A crafted request, as a user could send it by hand: the user's own antiforgery token from
    /// <paramref name="pageUrl"/>, posted to <paramref name="postUrl"/> with fields no form offered.
    /// </summary>
    public async Task<Page> PostCraftedAsync(string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetAsync(pageUrl);
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException($"No antiforgery token on {pageUrl}");
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await Page.ReadAsync(await Http.PostAsync(new Uri(postUrl, UriKind.Relative), content));
    }

    public async Task<Page> SubmitFormAsync(Page page, string formSelector, Dictionary<string, object> fields, IEnumerable<(string Field, string FileName, byte[] Content)>? files = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(fields);
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new Xunit.Sdk.XunitException($"No form '{formSelector}' on {page.Url}: {page.Text()[..Math.Min(600, page.Text().Length)]}");

        // What a browser would send: every control's current value, then the fields this test fills in.
        var values = CurrentValues(form).Where(v => !fields.ContainsKey(v.Key)).ToList();
        foreach (var (name, value) in fields)
        {
            if (value is IEnumerable<string> many)
            {
                values.AddRange(many.Select(v => new KeyValuePair<string, string>(name, v)));
            }
            else
            {
                values.Add(new(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
            }
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!;
        HttpContent content;
        if (files is null)
        {
            content = new FormUrlEncodedContent(values);
        }
        else
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in values)
            {
                multipart.Add(new StringContent(value), name);
            }

            foreach (var (field, fileName, bytes) in files)
            {
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                multipart.Add(file, field, fileName);
            }

            content = multipart;
        }

        using (content)
        {
            var response = await Http.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
            return await Page.ReadAsync(response);
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> CurrentValues(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    var type = input.Type.ToLowerInvariant();
                    if (type is "file" or "submit" or "button" or "reset" || (type is "checkbox" or "radio" && !input.IsChecked))
                    {
                        continue;
                    }

                    yield return new(input.Name, type is "checkbox" or "radio" && string.IsNullOrEmpty(input.GetAttribute("value")) ? "on" : input.Value);
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    yield return new(area.Name, area.Value);
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (option is not null)
                    {
                        yield return new(select.Name, option.Value);
                    }

                    break;
            }
        }
    }
}

public sealed record Page(HttpStatusCode Status, string Url, IDocument Document, string Html)
{
    private static readonly HtmlParser Parser = new();

    public static async Task<Page> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        var url = response.RequestMessage!.RequestUri!.PathAndQuery;
        return new Page(response.StatusCode, url, await Parser.ParseDocumentAsync(html), html);
    }

    public string Text() => Document.Body?.TextContent ?? string.Empty;

    /// <summary>The error shown beside a field (validation message span) or in the summary.</summary>
    public string Errors() => string.Join(" | ", Document.QuerySelectorAll(".field-error, .validation-summary-errors").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
}
