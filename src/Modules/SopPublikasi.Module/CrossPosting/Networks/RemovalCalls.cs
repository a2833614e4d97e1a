using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks;

/// <summary>
/// What the networks' delete calls share. A deletion is idempotent here (a post the network no longer has counts as
/// deleted), so an answer lost after the request left is not "uncertain" as a lost post would be: sending it again
/// is safe, and the failure is transient.
/// </summary>
public static class RemovalCalls
{
    public static async Task<T> IdempotentAsync<T>(Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        catch (DeliveryFailureException failure) when (failure.Kind is FailureKind.Uncertain or FailureKind.Duplicate)
        {
            throw new DeliveryFailureException(FailureKind.Transient, failure.Message, null, failure);
        }
    }

    /// <summary>The post's id on the network, as the outbox row stored it when it was sent.</summary>
    public static string RemoteId(RemovalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Message.RemoteId is { Length: > 0 } id
            ? id
            : throw new DeliveryFailureException(FailureKind.Permanent, "Kiriman ini tidak menyimpan id dari jaringan: hapus langsung di jaringannya.");
    }

    /// <summary>A refusal marked as "the network does not have this post" (a 404-like answer), which counts as deleted.</summary>
    public static DeliveryFailureException Gone(string message) =>
        new(FailureKind.Permanent, message, null, new HttpRequestException(message, null, System.Net.HttpStatusCode.NotFound));

    public static bool IsGone(DeliveryFailureException failure) =>
        failure is { InnerException: HttpRequestException { StatusCode: System.Net.HttpStatusCode.NotFound } };
}
