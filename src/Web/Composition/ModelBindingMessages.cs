using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace YearEndAdjustment.Web.Composition;

/// <summary>
/// ASP.NET's own messages for values that cannot even be bound (letters in a number field, an impossible date) are
/// English and name the C# property. These replace them with the site's text in the request's language; the message
/// appears next to its field, so it does not repeat the field or the typed value (which may be personal data).
/// </summary>
internal sealed class ModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => l["Binding.Invalid"]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => l["Binding.Invalid"]);
        messages.SetUnknownValueIsInvalidAccessor(_ => l["Binding.Invalid"]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Binding.Invalid"]);
        messages.SetValueIsInvalidAccessor(_ => l["Binding.Invalid"]);
        messages.SetValueMustBeANumberAccessor(_ => l["Binding.NotANumber"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Binding.NotANumber"]);
        messages.SetMissingBindRequiredValueAccessor(_ => l["Binding.Required"]);
        messages.SetMissingKeyOrValueAccessor(() => l["Binding.Required"]);
        messages.SetValueMustNotBeNullAccessor(_ => l["Binding.Required"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Binding.Required"]);
    }
}
