using Microsoft.Data.Sqlite;
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
    public async Task KeyRing_IsWrittenEncrypted_AndAWrongOrMissingMasterKeyStopsStartUp()
    {
        var shared = Path.Combine(Path.GetTempPath(), $"yea-keys-{Guid.NewGuid():N}");
        try
        {
            var dpKeys = Path.Combine(shared, "dp-keys");
            await using (var first = new SettingsFactory(new() { ["DataProtection:KeysFolder"] = dpKeys, ["Security:KeyDirectory"] = Path.Combine(shared, "master") }))
            {
                await first.CreateTenantAsync("keys-co");
                (await first.CreateClient().GetAsync("/keys-co/login")).EnsureSuccessStatusCode(); // antiforgery: the ring gets a key
            }

            var keyXml = string.Concat(Directory.GetFiles(dpKeys, "key-*.xml").Select(File.ReadAllText));
            Assert.Contains("yeaMasterKeyEncrypted", keyXml);
            Assert.DoesNotContain("<masterKey", keyXml);

            await using var wrong = new SettingsFactory(new()
            {
                ["DataProtection:KeysFolder"] = dpKeys,
                ["Security:MasterKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            });
            var wrongError = Assert.ThrowsAny<Exception>(() => wrong.CreateClient());
            await using var missing = new SettingsFactory(new() { ["DataProtection:KeysFolder"] = dpKeys, ["Security:KeyDirectory"] = Path.Combine(shared, "empty") });
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
