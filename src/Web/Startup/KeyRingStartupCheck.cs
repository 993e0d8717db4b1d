using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Security.MyNumbers;
using YearEndAdjustment.Infrastructure.Tenancy;
using YearEndAdjustment.Web.Security;

namespace YearEndAdjustment.Web.Startup;

/// <summary>
/// Stops start-up, with a message that says what to restore, when the master key is missing or is not the one the
/// encrypted key ring (or the tenants' My Number keys) were written with: going on would mint a new key and leave
/// every sign-in secret and My Number unreadable (issue 13 item 7, ADR 0043). Runs in the starting phase, before
/// any hosted service (Data Protection's own included) can touch the key ring and mint a master key. The ring is read
/// from the database and from an old key folder, which is then imported (ADR 0046); FirstStartService has migrated by then.
/// </summary>
internal sealed class KeyRingStartupCheck(
    IServiceProvider services,
    IConfiguration configuration,
    IOptions<MyNumberProtectionOptions> masterKeyOptions) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var folder = new DirectoryInfo(configuration["DataProtection:KeysFolder"] ?? "data/keys");
        var repository = services.GetRequiredService<DatabaseXmlRepository>();
        var folderKeys = folder.Exists ? folder.GetFiles("key-*.xml").Select(f => XElement.Load(f.FullName)).ToList() : [];
        var encrypted = folderKeys.Concat(await repository.StoredElementsAsync(cancellationToken))
            .Select(k => k.DescendantsAndSelf(MasterKeyCipher.ElementName).FirstOrDefault()).OfType<XElement>().ToList();
        if (string.IsNullOrWhiteSpace(masterKeyOptions.Value.MasterKey)
            && !File.Exists(Path.Combine(Path.GetFullPath(masterKeyOptions.Value.KeyDirectory), MasterKeyProvider.FileName))
            && (encrypted.Count > 0 || await AnyTenantKeyAsync(cancellationToken)))
        {
            throw new InvalidOperationException(
                $"起動を中止しました: マスターキーがありません（Security:MasterKey も {Path.Combine(masterKeyOptions.Value.KeyDirectory, MasterKeyProvider.FileName)} もありません）。"
                + "鍵フォルダをバックアップから戻すか、Security:MasterKey を設定してください。 / Start-up stopped: the master key is missing. "
                + "Restore the key folder from the backup or set Security:MasterKey; a new key would make every stored key unreadable.");
        }

        var cipher = services.GetRequiredService<MasterKeyCipher>();
        foreach (var element in encrypted)
        {
            try
            {
                cipher.Open(element.Element("value")?.Value ?? "");
            }
            catch (Exception ex) when (ex is CryptographicException or FormatException)
            {
                throw new InvalidOperationException(
                    $"起動を中止しました: マスターキーが鍵リング（{folder.FullName}）を暗号化したものと違います。正しいマスターキーを戻してください。 / "
                    + "Start-up stopped: the master key is not the one the Data Protection key ring was encrypted with. Restore the right master key.", ex);
            }
        }

        // ADR 0046: the ring lives in the database; a node's old key folder is copied in once (repeats add nothing).
        if (folderKeys.Count > 0)
        {
            try
            {
                var imported = await repository.ImportFolderAsync(folder, cancellationToken);
                if (imported > 0)
                {
                    services.GetRequiredService<ILogger<KeyRingStartupCheck>>().LogInformation(
                        "Imported {Count} Data Protection key(s) from the key folder into the database", imported);
                }
            }
            catch (System.Data.Common.DbException ex)
            {
                // Migrations not applied yet (Database:MigrateOnStartup=false): the next start after migrating imports them.
                services.GetRequiredService<ILogger<KeyRingStartupCheck>>().LogWarning(
                    "The Data Protection keys in the key folder could not be imported yet ({Error})", ex.GetType().Name);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> AnyTenantKeyAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        try
        {
            // A fresh database (no migration applied yet) holds no keys; asking it first keeps the log free of errors.
            return (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any()
                && await db.TenantDataKeys.IgnoreQueryFilters([AppDbContext.TenantFilter]).AnyAsync(cancellationToken);
        }
        catch (System.Data.Common.DbException)
        {
            // A database that cannot be opened yet (its folder is created by the migration step) holds no keys.
            return false;
        }
    }
}
