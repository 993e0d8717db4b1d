using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using YearEndAdjustment.IntegrationTests.Support;
using YearEndAdjustment.Web.Security;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>ADR 0064: antiforgery tokens are masked per response over kept ciphertexts, and still protect every form.</summary>
public sealed class AntiforgeryMaskingTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    [Fact]
    public async Task EachPageCarriesOtherTokenBytes_EveryOneIsAccepted_AndATamperedOneIsRefused()
    {
        await factory.CreateTenantAsync("masked-af");
        var client = factory.CreateClient();
        var first = Html.AntiforgeryToken(await client.GetStringAsync("/masked-af/login"));
        var second = Html.AntiforgeryToken(await client.GetStringAsync("/masked-af/login"));
        var firstBytes = Base64Url.DecodeFromChars(first);
        var tampered = (byte[])firstBytes.Clone();
        tampered[^1] ^= 0x01;
        var unmasked = MaskedKeptProtector.Unmask(firstBytes);

        var withFirst = await SwitchCultureAsync(client, "masked-af", first);
        var withSecond = await SwitchCultureAsync(client, "masked-af", second);
        var withTampered = await SwitchCultureAsync(client, "masked-af", Base64Url.EncodeToString(tampered));
        var withUnmasked = await SwitchCultureAsync(client, "masked-af", Base64Url.EncodeToString(unmasked));

        Assert.NotEqual(first, second);
        Assert.Equal(MaskedKeptProtector.Marker, firstBytes[0]);
        Assert.Equal(HttpStatusCode.OK, withFirst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withSecond.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withTampered.StatusCode);
        // A token issued before masking (a plain ciphertext) still verifies.
        Assert.Equal(HttpStatusCode.OK, withUnmasked.StatusCode);
    }

    [Fact]
    public async Task SignedInPages_CarryOtherTokenBytes_BoundToTheUser()
    {
        var (client, _) = await factory.AdminClientAsync("masked-af3");
        var first = Html.AntiforgeryToken(await client.GetStringAsync("/masked-af3/account/history"));
        var second = Html.AntiforgeryToken(await client.GetStringAsync("/masked-af3/account/history"));
        var tampered = Base64Url.DecodeFromChars(second);
        tampered[^1] ^= 0x01;

        var withTampered = await SwitchCultureAsync(client, "masked-af3", Base64Url.EncodeToString(tampered));
        var withSecond = await SwitchCultureAsync(client, "masked-af3", second);

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.BadRequest, withTampered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withSecond.StatusCode);
    }

    [Fact]
    public async Task TokenOfAnotherBrowser_IsRefused()
    {
        var (client, _) = await factory.AdminClientAsync("masked-af2");
        var other = factory.CreateClient();
        var token = Html.AntiforgeryToken(await client.GetStringAsync("/masked-af2/account/history"));
        await other.GetStringAsync("/masked-af2/login");

        var response = await SwitchCultureAsync(other, "masked-af2", token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void OnlyTheAntiforgeryPurpose_IsMasked()
    {
        var provider = factory.Services.GetRequiredService<IDataProtectionProvider>();

        Assert.IsType<MaskedKeptProtector>(provider.CreateProtector(MaskedAntiforgeryProtection.AntiforgeryPurpose));
        Assert.IsNotType<MaskedKeptProtector>(provider.CreateProtector("Some.Other.Purpose"));
    }

    [Fact]
    public void Protector_EncryptsATextOnce_MasksEveryAnswer_HandsOutCopies_AndVerifiesAgainPastItsAge()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var inner = new Mock<IDataProtector>();
        // A stand-in cipher: a header byte, then the text reversed; anything else is refused.
        inner.Setup(p => p.Protect(It.IsAny<byte[]>())).Returns((byte[] text) => [0x09, .. text.Reverse()]);
        inner.Setup(p => p.Unprotect(It.IsAny<byte[]>())).Returns((byte[] data) =>
            data.Length > 0 && data[0] == 0x09 ? data[1..].Reverse().ToArray() : throw new CryptographicException("refused"));
        var protector = new MaskedKeptProtector(inner.Object, clock);
        byte[] text = [1, 2, 3, 4];

        var a = protector.Protect(text);
        var b = protector.Protect(text);
        var fromA = protector.Unprotect(a);
        fromA[0] = 99;
        var fromB = protector.Unprotect(b);
        var fromPlain = protector.Unprotect([0x09, 4, 3, 2, 1]);
        var tampered = (byte[])a.Clone();
        tampered[1 + text.Length + 1] ^= 0x55; // the ciphertext's header byte, unmasked, is no longer 0x09
        var refused = Assert.Throws<CryptographicException>(() => protector.Unprotect(tampered));
        var protectsBeforeAge = inner.Invocations.Count(i => i.Method.Name == nameof(IDataProtector.Protect));
        clock.Advance(MaskedKeptProtector.MaxAge);
        protector.Protect(text);
        protector.Unprotect(b);

        Assert.Equal(MaskedKeptProtector.Marker, a[0]);
        Assert.Equal(1 + 2 * (text.Length + 1), a.Length);
        Assert.False(a.AsSpan().SequenceEqual(b));
        Assert.Equal(text, fromB);
        Assert.Equal(text, fromPlain);
        Assert.Equal("refused", refused.Message);
        Assert.Equal(1, protectsBeforeAge);
        inner.Verify(p => p.Protect(It.IsAny<byte[]>()), Times.Exactly(2));
        // a and b and the plain form are one ciphertext: verified once, the tampered one once, once more past the age.
        inner.Verify(p => p.Unprotect(It.IsAny<byte[]>()), Times.Exactly(3));
    }

    private static Task<HttpResponseMessage> SwitchCultureAsync(HttpClient client, string slug, string token) =>
        client.PostAsync($"/{slug}/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "ja",
            ["returnUrl"] = $"/{slug}/",
            ["__RequestVerificationToken"] = token,
        }));
}
