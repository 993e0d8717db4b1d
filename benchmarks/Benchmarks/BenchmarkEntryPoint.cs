using BenchmarkDotNet.Running;

namespace YearEndAdjustment.Benchmarks;

public static class BenchmarkEntryPoint
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == Employees.EmployeeImportPeakHarness.Command)
        {
            Employees.EmployeeImportPeakHarness.RunAsync(args).GetAwaiter().GetResult();
            return;
        }

        if (args.Length > 0 && args[0] == Employees.TenantExportPeakHarness.Command)
        {
            Employees.TenantExportPeakHarness.RunAsync(args).GetAwaiter().GetResult();
            return;
        }

        if (args.Length > 0 && args[0] == Results.ResultsRunHarness.Command)
        {
            Results.ResultsRunHarness.RunAsync(args).GetAwaiter().GetResult();
            return;
        }

        if (args.Length > 0 && args[0] == Declarations.OpenYearHarness.Command)
        {
            Declarations.OpenYearHarness.RunAsync(args).GetAwaiter().GetResult();
            return;
        }

        if (args.Length > 0 && args[0] == Outputs.OutputsHarness.Command)
        {
            Outputs.OutputsHarness.RunAsync(args).GetAwaiter().GetResult();
            return;
        }

        if (args.Length > 0 && args[0] == Employees.LoadBenchSeed.Command)
        {
            Employees.LoadBenchSeed.RunAsync(args).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntryPoint).Assembly).Run(args);
    }
}
