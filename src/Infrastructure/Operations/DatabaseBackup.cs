using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.Operations;

/// <summary>
/// a consistent copy of the SQLite database while the service runs, by <c>VACUUM INTO</c>: one read transaction,
/// so the copy holds exactly the commits before it began, and writers go on meanwhile (WAL) or wait only briefly.
/// The copy is compact and holds no freed pages. SQL Server deployments use the server's own point-in-time restore.
/// </summary>
internal sealed class DatabaseBackup(IServiceScopeFactory scopes)
{
    /// <summary>Why the target cannot be used, or null when it can.</summary>
    public static string? CheckTarget(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) || Directory.Exists(full))
        {
            return $"{full} はすでにあります。上書きはしません。 / {full} already exists; it is never overwritten.";
        }

        var folder = Path.GetDirectoryName(full);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            return $"フォルダ {folder} がありません。 / The folder {folder} does not exist.";
        }

        var probe = Path.Combine(folder, $".yea-backup-probe-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return $"フォルダ {folder} に書き込めません。 / The folder {folder} is not writable.";
        }
    }

    /// <summary>Writes the copy; returns its size in bytes and SHA-256 (hex).</summary>
    public async Task<(long Size, string Sha256)> BackUpAsync(string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (db.Database.IsNpgsql())
            {
                throw new InvalidOperationException("backup は SQLite 用です。PostgreSQL は pg_dump（またはサーバーの継続アーカイブ）を使います。 / backup is for SQLite; on PostgreSQL use pg_dump (or the server's continuous archiving).");
            }

            if (!db.Database.IsSqlite())
            {
                throw new InvalidOperationException("backup は SQLite 用です。SQL Server はサーバーのポイントインタイム復元を使います。 / backup is for SQLite; SQL Server uses point-in-time restore.");
            }

            // The file name is a bound parameter: VACUUM INTO takes any string expression.
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {full}", cancellationToken);
        }

        await using var stream = File.OpenRead(full);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return (stream.Length, Convert.ToHexStringLower(hash));
    }
}
