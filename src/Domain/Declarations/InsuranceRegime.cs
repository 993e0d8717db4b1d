namespace YearEndAdjustment.Domain.Declarations;

// 新制度 = contracts from 2012-01-01, 旧制度 = up to 2011-12-31 (所得税法76条).
public enum InsuranceRegime
{
    New,
    Old,
}
