using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks.Telegram;

/// <summary>A Telegram channel through a bot: HTML messages, a shorter caption when the post has a photo.</summary>
public sealed partial class TelegramNetwork : SocialNetwork<TelegramLimits>
{
    public const string Name = "Telegram";

    public override string Type => Name;

    public override string Label => "Kanal Telegram";

    /// <summary>
    /// The Bot API's deleteMessage: "A message can only be deleted if it was sent less than 48 hours ago", with no
    /// exception for a bot's own posts in a channel (docs/networks.md, Telegram, "Menghapus").
    /// </summary>
    public static readonly TimeSpan DeleteWindow = TimeSpan.FromHours(48);

    /// <summary>Deleted by the bot within <see cref="DeleteWindow"/> after it was sent; after that, by an administrator of the channel.</summary>
    public override PostRemoval Removal => PostRemoval.ApiWithin(DeleteWindow);

    public override IReadOnlyList<CredentialField> CredentialFields { get; } =
    [
        new("BotToken", "Token bot (dari @BotFather)"),
        new("ChatId", "ID kanal (@kanal atau -100…)", Secret: false),
    ];

    public override string? Missing(IReadOnlyDictionary<string, string> credentials, string? baseUrl) =>
        !Has(credentials, "BotToken", "ChatId") ? "Telegram memerlukan BotToken dan ChatId (@kanal atau -100…)."
        : !IsWellFormedToken(credentials["BotToken"]) ? "Token bot Telegram berbentuk angka, titik dua, lalu huruf, angka, _ atau - (seperti yang diberikan @BotFather)."
        : null;

    /// <summary>
    /// A bot token as @BotFather gives it ("123456789:AA…"): it becomes a segment of the request's path, so nothing
    /// else may pass (a "/" or "../" would walk the path to another address).
    /// </summary>
    public static bool IsWellFormedToken(string token) => TokenShape().IsMatch(token);

    [System.Text.RegularExpressions.GeneratedRegex(@"\A[0-9]{1,20}:[A-Za-z0-9_-]{1,100}\z")]
    private static partial System.Text.RegularExpressions.Regex TokenShape();

    public override IChannelComposer Composer(TelegramLimits limits) => new TelegramComposer(limits);

    public override (int Length, int Max) Measure(string text, bool hasImage, TelegramLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return (TelegramHtml.VisibleLength(text), hasImage ? limits.MaxCaptionLength : limits.MaxTextLength);
    }

    // The bot token is part of Telegram's URL path: no request logging for this client.
    protected override void Register(IServiceCollection services) => services.AddSocialClient<TelegramClient>().RemoveAllLoggers();
}
