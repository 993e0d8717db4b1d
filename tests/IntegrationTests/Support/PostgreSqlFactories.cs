using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Support;

// ADR 0045: the same hosts on PostgreSQL, one fresh database each in the run's throwaway cluster. A test class runs on
// both providers by taking its factory as a type parameter (see Tenancy/CrossTenantIsolationTests.cs).

public sealed class PostgreSqlWebApplicationFactory : YeaWebApplicationFactory
{
    protected override bool OnPostgreSql => true;
}

public sealed class PostgreSqlAuthWebApplicationFactory : AuthWebApplicationFactory
{
    protected override bool OnPostgreSql => true;
}

public sealed class PostgreSqlEmployeesWebApplicationFactory : EmployeesWebApplicationFactory
{
    protected override bool OnPostgreSql => true;
}
