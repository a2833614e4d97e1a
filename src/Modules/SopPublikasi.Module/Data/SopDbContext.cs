using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Tokens;
using SopPublikasi.Module.Webhooks;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Data;

/// <summary>
/// The module's data. Each provider has a derived context (<see cref="SqliteSopDbContext"/>,
/// <see cref="PostgreSqlSopDbContext"/>) so that each keeps its own migrations.
/// </summary>
public abstract class SopDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<LembarDisposisi> Disposisi => Set<LembarDisposisi>();

    public DbSet<MateriPublikasi> Materi => Set<MateriPublikasi>();

    public DbSet<MateriVersion> MateriVersions => Set<MateriVersion>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<SopStep> SopSteps => Set<SopStep>();

    public DbSet<WorkflowStateInfo> WorkflowStates => Set<WorkflowStateInfo>();

    public DbSet<WorkflowTransition> WorkflowTransitions => Set<WorkflowTransition>();

    public DbSet<MediaFile> Media => Set<MediaFile>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<Notifications.UserNotification> Notifications => Set<Notifications.UserNotification>();

    public DbSet<MateriComment> MateriComments => Set<MateriComment>();

    public DbSet<CrossPosting.Channels.SocialChannelRecord> SocialChannels => Set<CrossPosting.Channels.SocialChannelRecord>();

    public DbSet<CrossPostEdit> CrossPostEdits => Set<CrossPostEdit>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<PersonalAccessToken> Tokens => Set<PersonalAccessToken>();

    public DbSet<Halaman.HalamanStatis> Halaman => Set<Halaman.HalamanStatis>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<Site.SiteSetting> SiteSettings => Set<Site.SiteSetting>();

    public DbSet<InstruksiDisposisi> InstruksiDisposisi => Set<InstruksiDisposisi>();

    public DbSet<Publik.ChangeStamp> ChangeStamps => Set<Publik.ChangeStamp>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SopDbContext).Assembly);
    }
}

public sealed class SqliteSopDbContext(DbContextOptions<SqliteSopDbContext> options) : SopDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite has no timestamp type: stored as sortable integers, so that ordering and comparisons run in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgreSqlSopDbContext(DbContextOptions<PostgreSqlSopDbContext> options) : SopDbContext(options);
