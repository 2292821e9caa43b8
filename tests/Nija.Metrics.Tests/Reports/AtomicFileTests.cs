using System.Text;
using Nija.Metrics;
using NUnit.Framework;

namespace Nija.Metrics.Tests.Reports;

[TestFixture]
public sealed class AtomicFileTests
{
    private string _folder = "";

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("nija-atomic-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void WriteText_ReplacesAnEarlierFile_AsUtf8WithoutByteOrderMark()
    {
        var path = Path.Combine(_folder, "report.txt");
        File.WriteAllText(path, "an older, longer report");

        AtomicFile.WriteText(path, "Δ 1.5 €");

        // Δ = CE 94, € = E2 82 AC; nothing before the first character.
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(new byte[] { 0xCE, 0x94, 0x20, 0x31, 0x2E, 0x35, 0x20, 0xE2, 0x82, 0xAC }));
        Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void WriteText_CreatesTheMissingFolders()
    {
        var path = Path.Combine(_folder, "a", "b", "page.html");

        AtomicFile.WriteText(path, w => w.Write("<p>"));

        Assert.That(File.ReadAllText(path), Is.EqualTo("<p>"));
    }

    [Test]
    public void WriteText_WriterFailsHalfway_KeepsTheOldFileAndRemovesThePartialOne()
    {
        var path = Path.Combine(_folder, "trades.csv");
        File.WriteAllText(path, "old");

        Assert.That(
            () => AtomicFile.WriteText(path, w =>
            {
                // More than the writer's buffer, so part of it has reached the partial file before the failure.
                w.Write(new string('x', 200_000));
                throw new IOException("disk full (test)");
            }),
            Throws.TypeOf<IOException>().With.Message.EqualTo("disk full (test)"));

        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
        Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void Create_DisposedWithoutCommit_LeavesNoFile()
    {
        var path = Path.Combine(_folder, "bars.csv");

        using (var file = AtomicFile.Create(path))
        {
            file.Stream.Write(Encoding.UTF8.GetBytes("date,close\n"));
            Assert.That(File.Exists(path), Is.False, "the target appears only on commit");
        }

        Assert.That(Directory.GetFiles(_folder), Is.Empty);
    }

    [Test]
    public void Create_TwoWritersOfOneFile_EachHasItsOwnPartialFile_TheLastCommitWins()
    {
        var path = Path.Combine(_folder, "result.json");
        using var first = AtomicFile.Create(path);
        using var second = AtomicFile.Create(path);
        first.Stream.Write("first"u8);
        second.Stream.Write("second"u8);

        Assert.That(Directory.GetFiles(_folder, "result.json.*.partial"), Has.Length.EqualTo(2));

        first.Commit();
        second.Commit();

        Assert.That(File.ReadAllText(path), Is.EqualTo("second"));
        Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void WriteText_ThroughASymbolicLink_ReplacesTheFileItPointsTo_AndKeepsTheLink()
    {
        var target = Path.Combine(_folder, "real", "report.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "old");
        var link = Path.Combine(_folder, "latest.txt");
        File.CreateSymbolicLink(link, target);

        AtomicFile.WriteText(link, "new");

        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(target), "still a link");
        Assert.That(File.ReadAllText(target), Is.EqualTo("new"));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(target)!), Is.EqualTo(new[] { target }), "no partial file left beside the target");
    }

    [Test]
    public void WriteText_KeepsTheReplacedFilesPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix file modes.");
        }
        else
        {
            var path = Path.Combine(_folder, "private.txt");
            File.WriteAllText(path, "old");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

            AtomicFile.WriteText(path, "new");

            Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
        }
    }

    [Test]
    public void Commit_Twice_Throws()
    {
        var path = Path.Combine(_folder, "once.txt");
        using var file = AtomicFile.Create(path);
        file.Commit();

        Assert.That(file.Commit, Throws.TypeOf<ObjectDisposedException>());
        Assert.That(File.ReadAllText(path), Is.Empty);
    }

    [TestCase("")]
    [TestCase("  ")]
    public void Create_EmptyPath_Throws(string path) =>
        Assert.That(() => AtomicFile.Create(path), Throws.ArgumentException);
}
