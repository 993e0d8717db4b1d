using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Localization;
using YearEndAdjustment.Application;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Infrastructure;
using YearEndAdjustment.Web.AccessLogs;
using YearEndAdjustment.Web.Endpoints;
using YearEndAdjustment.Web.ErrorHandling;
using YearEndAdjustment.Web.Health;
using YearEndAdjustment.Web.Identity;
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
        return services;
    }

    public static IServiceCollection AddWebServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCoreServices(configuration);
        services.AddHostedService<FirstStartService>();
        services.Configure<AccessLogRecordingOptions>(configuration.GetSection(AccessLogRecordingOptions.Section));
        services.AddSingleton<RequestMetrics>();
        services.AddMemoryCache();

        services.AddLocalization(o => o.ResourcesPath = "Resources");

        // Razor still encodes <, >, & and quotes; this only stops it from turning every Japanese letter into &#x…;.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages().AddMvcOptions(o => o.Filters.Add<TenantRequiredPageFilter>());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "yea.af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }

    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        // Outermost, so the recorded status is the one the client finally got, errors included.
        app.UseMiddleware<AccessLogMiddleware>();
        app.UseCorrelationIdHeader();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error" });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("ja"),
            SupportedCultures = SupportedCultures,
            SupportedUICultures = SupportedCultures,
            RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ],
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAntiforgery();

        app.MapHealthEndpoints();
        app.MapRazorPages();
        app.MapTenantEndpoints();
        return app;
    }
}
