namespace YearEndAdjustment.ArchitectureTests.Fixtures.Application.Abstractions;

public interface IAppDbContext
{
    int Save();
}
