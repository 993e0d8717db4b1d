using System.IO.Compression;
using System.Text;

namespace YearEndAdjustment.IntegrationTests.Declarations;

// Certificates built from the element codes of forms-and-formats.md §3.3 (kyotsu namespace, gen: split dates).
internal static class CertificateSamples
{
    public static byte[] Life(string holder = "山田 太郎", int eraYear = 7, long newGeneral = 84_000, long careMedical = 36_000) => Utf8($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <TEG800 xmlns="http://xml.e-tax.nta.go.jp/XSD/kyotsu" xmlns:gen="http://xml.e-tax.nta.go.jp/XSD/general" VR="1.0" id="TEG800" sakuseiDay="2025-10-01">
          <WCA00000>サンプル生命保険株式会社</WCA00000>
          <WCB00000>1234567890123</WCB00000>
          <WCC00000><gen:era>5</gen:era><gen:yy>{eraYear}</gen:yy><gen:mm>10</gen:mm><gen:dd>1</gen:dd></WCC00000>
          <WCD00000>{holder}</WCD00000>
          <WCE00000>
            <WCE00010><gen:era>5</gen:era><gen:yy>{eraYear}</gen:yy></WCE00010>
            <WCE00020>生命保険料控除証明書</WCE00020>
            <WCE00030><kubun_CD>1</kubun_CD><kubun_NM>新制度</kubun_NM></WCE00030>
            <WCE00040>P-000123</WCE00040>
            <WCE00050>終身保険</WCE00050>
            <WCE00080>{holder}</WCE00080>
            <WCE00440>
              <WCE00550>
                <WCE00560><WCE00570>{newGeneral}</WCE00570><WCE00580>0</WCE00580><WCE00590>{newGeneral}</WCE00590></WCE00560>
                <WCE00600><WCE00610>{careMedical}</WCE00610><WCE00620>0</WCE00620><WCE00630>{careMedical}</WCE00630></WCE00600>
              </WCE00550>
            </WCE00440>
          </WCE00000>
        </TEG800>
        """);

    public static byte[] Earthquake(string holder = "山田 太郎") => Utf8($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <TEG810 xmlns="http://xml.e-tax.nta.go.jp/XSD/kyotsu" xmlns:gen="http://xml.e-tax.nta.go.jp/XSD/general" VR="1.0" id="TEG810">
          <WDA00000>サンプル損害保険株式会社</WDA00000>
          <WDD00000>{holder}</WDD00000>
          <WDE00000>
            <WDE00010>2025</WDE00010>
            <WDE00020><kubun_CD>1</kubun_CD></WDE00020>
            <WDE00040>E-9</WDE00040>
            <WDE00050>地震保険</WDE00050>
            <WDE00170>25000</WDE00170>
          </WDE00000>
        </TEG810>
        """);

    public static byte[] Foreign() => Utf8("""
        <?xml version="1.0" encoding="UTF-8"?>
        <invoice xmlns="urn:example:invoice"><total>1000</total></invoice>
        """);

    public static byte[] Donation() => Utf8("""
        <?xml version="1.0" encoding="UTF-8"?>
        <TEG820 xmlns="http://xml.e-tax.nta.go.jp/XSD/kyotsu" VR="1.0"><WEA00000>サンプル市</WEA00000></TEG820>
        """);

    public static byte[] Malformed() => Utf8("""<?xml version="1.0"?><TEG800 xmlns="http://xml.e-tax.nta.go.jp/XSD/kyotsu"><WCA00000>壊れた""");

    public static byte[] WithExternalEntity() => Utf8("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE TEG800 [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <TEG800 xmlns="http://xml.e-tax.nta.go.jp/XSD/kyotsu"><WCA00000>&xxe;</WCA00000></TEG800>
        """);

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
