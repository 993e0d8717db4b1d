using System.Text;

namespace YearEndAdjustment.IntegrationTests.Employees.Support;

/// <summary>Builds CSV uploads in the encodings admins send.</summary>
public static class CsvText
{
    public const string Header = "社員番号,氏名,フリガナ,生年月日,性別,郵便番号,住所,入社日,退職日,部署コード,部署名,メールアドレス,個人番号,ログインID,権限,初期パスワード,市区町村コード";

    /// <summary>The template's and the export's header: <see cref="Header"/> and 役員区分 (a file without it keeps the flags).</summary>
    public const string TemplateHeader = Header + ",役員区分";

    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding ShiftJis => Encoding.GetEncoding(932);

    public static MemoryStream Utf8(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    public static MemoryStream Utf8Bom(params string[] lines) => new([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")]);

    public static MemoryStream Sjis(params string[] lines) => new(ShiftJis.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    /// <summary>A valid row: number, name, kana, birth date, and sensible defaults for the rest.</summary>
    public static string Row(
        string number,
        string name = "山田 太郎",
        string kana = "ヤマダ タロウ",
        string birth = "1985/04/01",
        string hire = "2010/04/01",
        string leave = "",
        string myNumber = "",
        string department = "D01",
        string departmentName = "総務部",
        string address = "東京都千代田区千代田1-1",
        string municipality = "") =>
        $"{number},{name},{kana},{birth},男,100-0001,{address},{hire},{leave},{department},{departmentName},{number}@example.jp,{myNumber},,,,{municipality}";

    public static MemoryStream File(string name) =>
        new(System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Employees", "Corpus", name)));

    public static MemoryStream Sample(string name) =>
        new(System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", name)));
}
