namespace YearEndAdjustment.Domain.Declarations;

// A reviewer's note on one field (Y-05 "returned with per-item comments"); FieldPath as in DeclarationFieldPaths, or
// an empty path for the declaration as a whole.
public sealed record ReviewComment(string FieldPath, string Text);
