using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks.Log;

/// <summary>The log channel: records what would be posted, without limits. Declared in configuration only.</summary>
public sealed class LogNetwork : SocialNetwork
{
    public const string Name = "Log";

    public override string Type => Name;

    public override string Label => "Log server (tanpa jaringan)";

    public override bool OfferedToAdministrators => false;

    public override PostRemoval Removal => PostRemoval.Api;

    public override void ConfigureServices(IServiceCollection services) => services.AddTransient<ISocialChannel, LogChannel>();

    public override IChannelComposer Composer(IServiceProvider services, string channel) => new LogComposer();

    public override string? EditProblem(IServiceProvider services, string channel, string text, bool hasImage) => null;
}
