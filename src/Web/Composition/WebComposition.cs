using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using YearEndAdjustment.Application;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Infrastructure;
using YearEndAdjustment.Web.AccessLogs;
using YearEndAdjustment.Web.Endpoints;
using YearEndAdjustment.Web.ErrorHandling;
using YearEndAdjustment.Web.Health;
using YearEndAdjustment.Web.Identity;
using YearEndAdjustment.Web.Security;
using YearEndAdjustment.Web.Startup;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Composition;

/// <summary>The composition root: every registration and the middleware order live here, in one readable place.</summary>
public static class WebComposition
{
    public static readonly CultureInfo[] SupportedCultures = [new("ja"), new("en")];

    /// <summary>Services shared by the web host and the operator commands.</summary>
    public static IServiceCollection AddCoreServices(this IServiceCollection services, IConfiguration configuration)
    {
        // CP932 (Shift_JIS) for CSV: in the shared framework but not registered by default.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        services.AddApplication();
        services.AddInfrastructure(configuration);
        services.AddMediatorPipeline();
        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.Section));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddSingleton<IClientAddress, HttpClientAddress>();
        services.AddSingleton<ServerAddresses>();
        services.AddSingleton<PublicBaseUrl>();
        services.AddSingleton<ISiteLinks, SiteLinks>();
        // ADR 0056: new keys use AES-256-GCM (one authenticated cipher; on Linux the default is managed AES-CBC plus a
        // separate HMAC, about a tenth of a signed-in page's time). Keys made before stay valid for what they protected.
        services.AddDataProtection().SetApplicationName("YearEndAdjustment")
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration
            {
                EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
                ValidationAlgorithm = ValidationAlgorithm.HMACSHA256,
            });

        // ADR 0064: antiforgery tokens masked per response over kept ciphertexts (every page has the layout's forms).
        services.Decorate<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider, Security.MaskedAntiforgeryProtection>();

        // The ring in the database, shared by every node (ADR 0046); each key sealed with the master key (ADR 0043),
        // whose decryptor Data Protection creates itself. DataProtection:KeysFolder is only read for the one-time import.
        services.AddSingleton<MasterKeyCipher>();
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<MasterKeyCipher, DatabaseXmlRepository>((o, cipher, repository) =>
            {
                o.XmlEncryptor = new MasterKeyXmlEncryptor(cipher);
                o.XmlRepository = repository;
            });
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        return services;
    }

    /// <summary>
    /// Secure-only cookies with the __Host- prefix everywhere but in local development over plain http
    /// (Security:SecureCookies overrides); browsers drop __Host- cookies that are not Secure.
    /// </summary>
    public static bool SecureCookies(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Security:SecureCookies") ?? !environment.IsDevelopment();

    public static IServiceCollection AddWebServices(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var secure = SecureCookies(configuration, environment);
        services.AddCoreServices(configuration);
        services.AddHostedService<FirstStartService>();
        services.AddHostedService<KeyRingStartupCheck>();
        services.Configure<AccessLogRecordingOptions>(configuration.GetSection(AccessLogRecordingOptions.Section));
        services.AddSingleton<RequestMetrics>();
        services.AddMemoryCache();

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Decorate<Microsoft.Extensions.Localization.IStringLocalizerFactory, Localization.CachingStringLocalizerFactory>();
        services.AddSingleton<PendingTwoFactor>();
        services.AddSingleton<TenantClosedPage>();
        services.AddSingleton<HttpsEndpoint>();
        services.AddScoped<Uploads.UploadStore>();
        services.AddSingleton<Uploads.UploadLimits>();
        services.AddSingleton<Uploads.CsvUploadFilter>();
        services.AddSingleton<Uploads.AttachmentUploadLimits>();
        AddSignIn(services, secure);
        AddForwardedHeaders(services, configuration);
        services.AddHsts(o =>
        {
            // ASVS 3.4.1: at least a year, sub-domains included. Outside Development even localhost gets it (only
            // honoured over https), so the header can be tested.
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
            o.ExcludedHosts.Clear();
        });

        // Razor still encodes <, >, & and quotes; this only stops it from turning every Japanese letter into &#x…;.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Account");
                o.Conventions.AllowAnonymousToPage("/Account/ForgotPassword");
                o.Conventions.AllowAnonymousToPage("/Account/SetPassword");
                o.Conventions.AuthorizeFolder("/Admin", PermissionPolicies.AnyAdmin);

                // Assisted entry (ADR 0041): the flow's pages again under /admin/declarations/{year}/{id}/assist/….
                o.Conventions.AddFolderRouteModelConvention("/Declarations", Pages.Declarations.AssistRoutes.Add);
            })
            .AddMvcOptions(o => o.Filters.Add<TenantRequiredPageFilter>());
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, ModelBindingMessages>();
        services.Decorate<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider, Rendering.QuietTempDataProvider>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = secure ? "__Host-yea-af" : "yea-af";
            o.Cookie.Path = "/";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyHealthCheck>("database", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<JobQueueHealthCheck>("jobQueue", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }

    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        // the client address comes from forwarded headers only behind configured trusted proxies.
        if (TrustedProxies(app.Configuration).Length > 0)
        {
            app.UseForwardedHeaders();
        }

        // ADR 0046: which node answered, on every response (errors included) when Cluster:NodeName is set.
        if (Cluster.ServedByMiddleware.NodeName(app.Configuration) is { } nodeName)
        {
            app.UseMiddleware<Cluster.ServedByMiddleware>(nodeName);
        }

        // Outermost of ours, so the recorded status is the one the client finally got, errors included.
        app.UseMiddleware<AccessLogMiddleware>();
        app.UseCorrelationIdHeader();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (SecureCookies(app.Configuration, app.Environment))
        {
            app.UseMiddleware<HttpsRequiredMiddleware>();
            app.Lifetime.ApplicationStarted.Register(() => HttpsSetupCheck.WarnWhenUnreachable(app.Services, app.Configuration));
        }

        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",

            // Pages are re-executed (the handler returns false), so without this every 404 for a wrong id would be
            // logged as an error with its stack trace; ProblemDetailsExceptionHandler logs those as one warning and
            // logs failures itself when it answered (/api), as the default does.
            SuppressDiagnosticsCallback = context =>
                context.ExceptionHandledBy == Microsoft.AspNetCore.Diagnostics.ExceptionHandledType.ExceptionHandlerService
                || ProblemDetailsExceptionHandler.IsExpected(context.Exception),
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<Operations.MaintenanceModeMiddleware>();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseMiddleware<Database.OneConnectionPerRequestMiddleware>();
        app.UseMiddleware<IpAllowListMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        // R-18 per address, counted in the database (ADR 0046); pages opt in by metadata, never by path string.
        app.UseMiddleware<CredentialPostLimitMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<SecurityGateMiddleware>();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("ja"),
            SupportedCultures = SupportedCultures,
            SupportedUICultures = SupportedCultures,
            RequestCultureProviders =
            [
                new CustomRequestCultureProvider(c => Task.FromResult(
                    c.User.FindFirst(ClaimNames.Culture)?.Value is { } culture ? new ProviderCultureResult(culture) : null)),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ],
        });
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthEndpoints();
        app.MapRazorPages();
        app.MapTenantEndpoints();
        app.MapAttachmentEndpoints();
        return app;
    }

    private static void AddSignIn(IServiceCollection services, bool secure)
    {
        services.AddSingleton(new CookieNames(secure));
        services.AddAuthentication(AuthConstants.Scheme).AddCookie(AuthConstants.Scheme, o =>
        {
            o.Cookie.Name = new CookieNames(secure).Auth;
            o.Cookie.Path = "/";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.CookieManager = new TenantCookieManager();

            // The cookie is a browser-session cookie capped at the session's absolute lifetime; idle timeout and
            // revocation are enforced on the server by SessionValidation.
            o.ExpireTimeSpan = Application.Accounts.Support.SignInRecorder.AbsoluteSessionLifetime;
            o.SlidingExpiration = false;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            o.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api") || context.Request.PathBase.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = context =>
            {
                // An empty 403 is re-executed as the error page (or ProblemDetails for /api).
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // After the cookie handler's own post-configuration has made the ticket format (ADR 0062).
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(AuthConstants.Scheme)
            .PostConfigure<TimeProvider>((o, clock) => o.TicketDataFormat = new KeptTicketFormat(o.TicketDataFormat, clock));
        services.AddAuthorization(PermissionPolicies.Add);
    }

    private static void AddForwardedHeaders(IServiceCollection services, IConfiguration configuration)
    {
        var proxies = TrustedProxies(configuration);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (proxy.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
                }
            }
        });
    }

    internal static string[] TrustedProxies(IConfiguration configuration) =>
        configuration.GetSection("Network:TrustedProxies").Get<string[]>()?.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray() ?? [];
}
