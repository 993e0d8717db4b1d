namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>Where a running import is: <paramref name="Done"/> of <paramref name="Total"/> lines, passwords or rows.</summary>
public sealed record EmployeeImportProgress(EmployeeImportStage Stage, long Done, long Total);

public enum EmployeeImportStage
{
    /// <summary>Reading and checking rows (lines of the file).</summary>
    Reading,

    /// <summary>Hashing the initial passwords of new user IDs (about 0.1 s each, before anything is written).</summary>
    HashingPasswords,

    /// <summary>Reading the rows again and writing them (lines of the file).</summary>
    Writing,

    /// <summary>Creating user IDs and committing.</summary>
    Finishing,
}
