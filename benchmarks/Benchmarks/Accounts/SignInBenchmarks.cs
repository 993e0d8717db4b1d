using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.Tenants.CreateTenant;
using YearEndAdjustment.Benchmarks.Support;
using YearEndAdjustment.Infrastructure.Security;

namespace YearEndAdjustment.Benchmarks.Accounts;

/// <summary>
/// What a sign-in costs: one PBKDF2-HMAC-SHA512 verification at 210,000 iterations, and a whole successful
/// sign-in request through the real pipeline (antiforgery check, rate limiters, session and history rows).
/// </summary>
[InProcess]
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(8)]
public partial class SignInBenchmarks
{
    private Pbkdf2PasswordHasher _hasher = null!;
    private string _hash = null!;
    private BenchmarkHost _host = null!;
    private string _password = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _hasher = new Pbkdf2PasswordHasher(Options.Create(new PasswordHashingOptions()));
        _hash = _hasher.Hash("correct horse battery staple");
        _host = new BenchmarkHost(new Dictionary<string, string?>
        {
            ["SignIn:PerIp:PermitLimit"] = "1000000",
            ["SignIn:PerAccount:AttemptsPerWindow"] = "1000000",
        });
        _host.NewClient().Dispose();
        await using var scope = _host.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CreateTenantCommand("bench", "ベンチ株式会社"));
        _password = tenant.InitialPassword;
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    [Benchmark(Baseline = true)]
    public bool VerifyPasswordHash() => _hasher.Verify(_hash, "correct horse battery staple") != Application.Abstractions.PasswordCheck.Failed;

    [Benchmark]
    public async Task<int> SignInRequest()
    {
        using var client = _host.NewClient();
        var page = await client.GetStringAsync("/bench/login");
        var token = TokenPattern().Match(page).Groups[1].Value;
        using var response = await client.PostAsync("/bench/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["LoginId"] = "admin",
            ["Password"] = _password,
            ["__RequestVerificationToken"] = token,
        }));
        return (int)response.StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
