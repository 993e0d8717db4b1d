using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace YearEndAdjustment.Web.Localization;

/// <summary>
/// ADR 0053: every page looks up dozens of texts, and each lookup through the resource manager takes its lock; under
/// load that showed as about 5% of a page's time. Resources are compiled in and never change while the process runs,
/// so a looked-up text is kept per culture and name. Formatting with arguments still happens per call.
/// </summary>
public sealed class CachingStringLocalizerFactory(IStringLocalizerFactory inner) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _byType = new();
    private readonly ConcurrentDictionary<(string, string), IStringLocalizer> _byName = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd(resourceSource, type => new CachingStringLocalizer(inner.Create(type)));

    public IStringLocalizer Create(string baseName, string location) =>
        _byName.GetOrAdd((baseName, location), key => new CachingStringLocalizer(inner.Create(key.Item1, key.Item2)));

    private sealed class CachingStringLocalizer(IStringLocalizer inner) : IStringLocalizer
    {
        private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _texts = new();

        public LocalizedString this[string name] =>
            _texts.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), key => inner[key.Name]);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var template = this[name];
                return template.ResourceNotFound
                    ? inner[name, arguments]
                    : new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), false, template.SearchedLocation);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
    }
}
