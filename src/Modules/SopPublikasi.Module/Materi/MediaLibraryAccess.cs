using SopPublikasi.Module.Data;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Materi;

/// <summary>
/// Which photos of the media library a person may see and reuse (as a cover or in a body), after the rule of
/// <c>/media/{id}</c>: a person who sees every item (<see cref="MateriAccess.SeesEverything"/>) sees every photo; others
/// see the photos they uploaded, the covers of the items they may see, and the covers of published articles.
/// </summary>
public static class MediaLibraryAccess
{
    public static IQueryable<MediaFile> Photos(SopDbContext db, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var photos = db.Media.Where(f => f.Kind == MediaKind.Image);
        if (MateriAccess.SeesEverything(actor))
        {
            return photos;
        }

        var me = actor.Id;
        var visible = db.Materi.Where(MateriAccess.VisibleTo(actor));
        var versions = db.MateriVersions;
        var all = db.Materi;
        return photos.Where(f => f.UploadedById == me
            || versions.Any(v => v.CoverImageId == f.Id && visible.Any(m => m.Id == v.MateriId))
            || all.Any(m => m.PublishedVersion != null && m.PublishedVersion.CoverImageId == f.Id));
    }
}
