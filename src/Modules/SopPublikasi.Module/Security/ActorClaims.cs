namespace SopPublikasi.Module.Security;

/// <summary>Claims an authentication scheme may put on a principal for <see cref="ActorResolver"/> to read.</summary>
public static class ActorClaims
{
    /// <summary>
    /// The id of the person who issued the credential the request came with, when that is not its owner (an API
    /// token an administrator issued for someone else): the request acts on the owner's behalf.
    /// </summary>
    public const string IssuedBy = "sop:diterbitkan_oleh";

    /// <summary>The issuer's name (<see cref="IssuedBy"/>), read when the scheme checked the issuer.</summary>
    public const string IssuedByName = "sop:diterbitkan_oleh_nama";
}
