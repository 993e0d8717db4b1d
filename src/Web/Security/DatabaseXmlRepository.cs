using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Security;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Web.Security;

/// <summary>
/// The Data Protection key ring in the database (ADR 0046), so a cookie or token protected on one node opens on every
/// other. Elements arrive already sealed by <see cref="MasterKeyXmlEncryptor"/>; this only stores and lists them. A
/// system scope per call: the ring is global, and Data Protection calls here seldom (it caches the ring for hours).
/// </summary>
internal sealed class DatabaseXmlRepository(IServiceScopeFactory scopes, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = SystemScope(out var db);

        // Asked first so that a missing SQLite file is reported, not created empty by the query.
        if (!db.Database.CanConnect())
        {
            throw new InvalidOperationException("The database holding the Data Protection key ring is not reachable.");
        }

        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(x => XElement.Parse(x)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var scope = SystemScope(out var db);
        db.DataProtectionKeys.Add(DataProtectionKeyRecord.Create(friendlyName, element.ToString(SaveOptions.DisableFormatting), clock.GetUtcNow().UtcDateTime));
        db.SaveChanges();
    }

    /// <summary>
    /// The one-time move from a node's key folder (before ADR 0046): every <c>key-*.xml</c> not yet in the table is
    /// copied as it is (sealed by the master key since ADR 0043; older keys were written in clear and stay so until
    /// they expire). Safe to repeat and to race: a key already present, by name, is skipped. Returns the count added.
    /// </summary>
    public async Task<int> ImportFolderAsync(DirectoryInfo folder, CancellationToken cancellationToken)
    {
        if (!folder.Exists)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var present = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var file in folder.GetFiles("key-*.xml").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file.Name);
            if (name.Length > DataProtectionKeyRecord.FriendlyNameMaxLength || present.Contains(name))
            {
                continue;
            }

            var xml = XElement.Load(file.FullName).ToString(SaveOptions.DisableFormatting);
            db.DataProtectionKeys.Add(DataProtectionKeyRecord.Create(name, xml, clock.GetUtcNow().UtcDateTime));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                added++;
            }
            catch (DbUpdateException)
            {
                // Another node imported the same key a moment ago (unique name): nothing is lost.
                db.ChangeTracker.Clear();
            }
        }

        return added;
    }

    /// <summary>The stored elements, for the start-up check; empty before the table exists.</summary>
    public async Task<IReadOnlyList<XElement>> StoredElementsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        try
        {
            if (!(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
            {
                return [];
            }

            var xml = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync(cancellationToken);
            return xml.Select(x => XElement.Parse(x)).ToList();
        }
        catch (System.Data.Common.DbException)
        {
            // No database yet, or one from before ADR 0046 (migrations not applied): no stored keys to check.
            return [];
        }
    }

    private IServiceScope SystemScope(out AppDbContext db)
    {
        var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }
}
