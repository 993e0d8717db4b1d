namespace YearEndAdjustment.Domain.Adjustments;

// Collects trace lines. The calculator holds a null recorder when no trace is wanted and calls it with ?., so the
// arguments of a step are never even evaluated on the bulk path.
internal sealed class TraceRecorder
{
    private readonly List<AdjustmentTraceLine> _lines = new(32);

    public void Add(AdjustmentStep step, long amount, params ReadOnlySpan<TraceInput> inputs) =>
        _lines.Add(new AdjustmentTraceLine(step, amount, inputs.ToArray(), step.Rule));

    public void AddWithRule(AdjustmentStep step, long amount, string rule, params ReadOnlySpan<TraceInput> inputs) =>
        _lines.Add(new AdjustmentTraceLine(step, amount, inputs.ToArray(), rule));

    public IReadOnlyList<AdjustmentTraceLine> ToList() => _lines.AsReadOnly();
}
