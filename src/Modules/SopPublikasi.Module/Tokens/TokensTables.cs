using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Tokens;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class TokensTables
{
    extension(SopDbContext db)
    {
        public DbSet<PersonalAccessToken> Tokens => db.Set<PersonalAccessToken>();
    }
}
