namespace SopPublikasi.Module.Media;

/// <summary>An upload that is too large or not of an accepted type. The message is for the user.</summary>
public sealed class UploadRejectedException : Exception
{
    public UploadRejectedException()
    {
    }

    public UploadRejectedException(string message)
        : base(message)
    {
    }

    public UploadRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
