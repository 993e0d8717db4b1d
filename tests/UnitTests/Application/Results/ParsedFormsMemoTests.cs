using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.UnitTests.Application.Results;

/// <summary>ADR 0057: a form's text is parsed once per pass, by type, and the memo stays within its capacity.</summary>
public sealed class ParsedFormsMemoTests
{
    [Fact]
    public void Get_ParsesEachTextOncePerType_AndStartsAfreshWhenFull()
    {
        var memo = new ParsedFormsMemo(capacity: 2);
        var parses = new List<string>();
        string Parse(string json)
        {
            parses.Add(json);
            return "parsed:" + json;
        }

        Assert.Equal("parsed:a", memo.Get("a", Parse));
        Assert.Equal("parsed:a", memo.Get("a", Parse));
        Assert.Equal(["a"], parses);

        // The same text as another type is another form.
        Assert.Equal(("a".Length, "a"), memo.Get("a", json => (json.Length, json)));

        // Full (two entries): the third text clears what was remembered, so "a" is parsed again.
        memo.Get("b", Parse);
        memo.Get("a", Parse);
        Assert.Equal(["a", "b", "a"], parses);
    }
}
