using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Notifications;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class NotificationsTables
{
    extension(SopDbContext db)
    {
        public DbSet<UserNotification> Notifications => db.Set<UserNotification>();
    }
}
