using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using SopPublikasi.Module.Security.Outbound;

namespace SopPublikasi.Module.CrossPosting.Networks;

/// <summary>
/// Registers a network's typed HttpClient with Microsoft.Extensions.Http.Resilience: a timeout per call and a few
/// quick retries for reads only. POSTs are never retried here: the outbox owns retries and reconciliation.
/// </summary>
public static class SocialHttpRegistration
{
    public static IHttpClientBuilder AddSocialClient<TClient>(this IServiceCollection services)
        where TClient : class, ISocialChannel
    {
        var builder = services.AddHttpClient<TClient>(client => client.Timeout = Timeout.InfiniteTimeSpan).UseGuardedConnections();
        builder.AddResilienceHandler("social", (pipeline, context) =>
        {
            var timeout = context.ServiceProvider.GetRequiredService<IOptions<CrossPostingOptions>>().Value.HttpTimeout;
            var retry = new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // A 429 is the network asking us to wait: the outbox waits until its reset time instead.
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
            };
            retry.DisableForUnsafeHttpMethods();
            pipeline.AddRetry(retry);
            pipeline.AddTimeout(timeout);
        });
        services.AddTransient<ISocialChannel>(sp => sp.GetRequiredService<TClient>());
        return builder;
    }
}
