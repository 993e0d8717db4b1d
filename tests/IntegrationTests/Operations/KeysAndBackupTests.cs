using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Operations;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Operations;

/// <summary>Issue 13: the key ring encrypted at rest (item 7) and the online backup while an import writes .</summary>
public sealed class KeysAndBackupTests
{
    [Fact]
    public async Task KeyRing_IsWrittenEncryptedToTheDatabase_AndAWrongOrMissingMasterKeyStopsStartUp()
    {
        var shared = Path.Combine(Path.GetTempPath(), $"yea-keys-{Guid.NewGuid():N}");
        try
        {
            await using var first = new SettingsFactory(new() { ["DataProtection:KeysFolder"] = Path.Combine(shared, "dp-keys"), ["Security:KeyDirectory"] = Path.Combine(shared, "master") });
            await first.CreateTenantAsync("keys-co");
            (await first.CreateClient().GetAsync("/keys-co/login")).EnsureSuccessStatusCode(); // antiforgery: the ring gets a key

            string keyXml;
            await using (var db = first.OpenDetachedContext())
            {
                keyXml = string.Concat(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            }

            Assert.Contains("yeaMasterKeyEncrypted", keyXml);
            Assert.DoesNotContain("<masterKey", keyXml);
            Assert.False(Directory.Exists(Path.Combine(shared, "dp-keys")), "no key is written to the node's folder any more");

            await using var wrong = new SettingsFactory(new()
            {
                ["ConnectionStrings:Default"] = first.ConnectionString,
                ["Demo:CreateOnFirstStart"] = "false",
                ["Security:MasterKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            });
            var wrongError = Assert.ThrowsAny<Exception>(() => wrong.CreateClient());
            await using var missing = new SettingsFactory(new()
            {
                ["ConnectionStrings:Default"] = first.ConnectionString,
                ["Demo:CreateOnFirstStart"] = "false",
                ["Security:KeyDirectory"] = Path.Combine(shared, "empty"),
            });
            var missingError = Assert.ThrowsAny<Exception>(() => missing.CreateClient());

            Assert.Contains("マスターキーが鍵リング", Flatten(wrongError));
            Assert.Contains("マスターキーがありません", Flatten(missingError));
            Assert.False(File.Exists(Path.Combine(shared, "empty", "master.key")), "no new master key was minted");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(shared, recursive: true);
        }
    }

    /// <summary>
    /// ADR 0056: a new key is an AES-256-GCM key (one authenticated cipher instead of AES-CBC plus HMAC), and what it
    /// protects opens again on another node that shares the ring.
    /// </summary>
    [Fact]
    public async Task NewKey_IsAnAes256GcmKey_AndAnotherNodeOpensWhatItProtected()
    {
        await using var node = new YeaWebApplicationFactory();
        var sealedText = node.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("kept secret");
        var key = Assert.Single(node.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.KeyManagement.IKeyManager>().GetAllKeys());
        var descriptor = key.Descriptor.ExportToXml().SerializedDescriptorElement;

        await using var other = new SecondNodeFactory(node);
        var opened = other.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(sealedText);

        Assert.Equal("AES_256_GCM", descriptor.Element("encryption")?.Attribute("algorithm")?.Value);
        Assert.Equal("kept secret", opened);
    }

    /// <summary>ADR 0046: a node's key folder from before is imported once, so what its keys protected still opens.</summary>
    [Fact]
    public async Task KeyFolderFromBefore_IsImportedOnce_AndItsKeysStillOpenWhatTheyProtected()
    {
        var shared = Path.Combine(Path.GetTempPath(), $"yea-keys-{Guid.NewGuid():N}");
        try
        {
            var master = Path.Combine(shared, "master");
            var oldFolder = Path.Combine(shared, "old-keys");
            string protectedText;
            await using (var before = new SettingsFactory(new() { ["Security:KeyDirectory"] = master, ["Demo:CreateOnFirstStart"] = "false" }))
            {
                protectedText = before.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("kept secret");

                // The ring as the file-system repository wrote it before: one key-{id}.xml per key.
                Directory.CreateDirectory(oldFolder);
                await using var db = before.OpenDetachedContext();
                foreach (var key in await db.DataProtectionKeys.ToListAsync())
                {
                    await File.WriteAllTextAsync(Path.Combine(oldFolder, key.FriendlyName + ".xml"), key.Xml);
                }
            }

            await using var after = new SettingsFactory(new() { ["Security:KeyDirectory"] = master, ["DataProtection:KeysFolder"] = oldFolder, ["Demo:CreateOnFirstStart"] = "false" });
            var opened = after.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText);
            var again = await after.Services.GetRequiredService<Web.Security.DatabaseXmlRepository>().ImportFolderAsync(new DirectoryInfo(oldFolder), CancellationToken.None);
            await using var check = after.OpenDetachedContext();
            var names = await check.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync();

            Assert.Equal("kept secret", opened);
            Assert.Equal(0, again);
            Assert.Equal(Directory.GetFiles(oldFolder, "key-*.xml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(), names.Order());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(shared, recursive: true);
        }
    }

    [Fact]
    public async Task Backup_TakenWhileAnImportWrites_Opens_PassesIntegrityCheck_AndHoldsEveryCommittedRow()
    {
        await using var factory = new YeaWebApplicationFactory();
        var tenant = new TenantId((await factory.CreateTenantAsync("backup-live")).TenantId);
        var committed = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(Csv("A", 200)), tenant);
        Assert.True(committed.Applied, string.Join(" / ", committed.Errors));
        var target = Path.Combine(Path.GetTempPath(), $"yea-backup-{Guid.NewGuid():N}.db");
        try
        {
            var import = Task.Run(() => factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(Csv("B", 4000)), tenant));
            await Task.Delay(100);
            var (size, sha) = await factory.Services.GetRequiredService<DatabaseBackup>().BackUpAsync(target, CancellationToken.None);
            var second = await import;

            Assert.True(second.Applied);
            Assert.Equal(new FileInfo(target).Length, size);
            Assert.Equal(64, sha.Length);
            await using var connection = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", await command.ExecuteScalarAsync());
            command.CommandText = "SELECT COUNT(*) FROM Employees";
            var rows = (long)(await command.ExecuteScalarAsync())!;
            Assert.Contains(rows, new[] { 200L, 4200L }); // every committed row, and the import all or nothing
        }
        finally
        {
            File.Delete(target);
        }
    }

    private static MemoryStream Csv(string prefix, int count) =>
        CsvText.Utf8([CsvText.Header, .. Enumerable.Range(1, count).Select(i => CsvText.Row($"{prefix}{i:D5}"))]);

    private static string Flatten(Exception ex) => ex.InnerException is null ? ex.Message : ex.Message + " | " + Flatten(ex.InnerException);

    private sealed class SettingsFactory(Dictionary<string, string?> settings) : YeaWebApplicationFactory
    {
        protected override IDictionary<string, string?> Settings => settings;
    }
}
