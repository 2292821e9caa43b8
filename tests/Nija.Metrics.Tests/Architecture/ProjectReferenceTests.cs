using System.Xml.Linq;

namespace Nija.Metrics.Tests.Architecture;

/// <summary>Project references follow the dependency column of DESIGN.md and nothing else.</summary>
[TestFixture]
public sealed class ProjectReferenceTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Nija.Metrics"] = [],
        ["Nija.Backtesting"] = ["Nija.Metrics"],
        ["Nija.LiveTracking"] = ["Nija.Metrics"],
        // Fleet mode: the PostgreSQL journal is a journal of Nija.LiveTracking and nothing else.
        ["Nija.LiveTracking.PostgreSql"] = ["Nija.LiveTracking"],
        ["Nija.Reporting"] = ["Nija.Metrics"],
        ["Nija.Integration"] = ["Nija.LiveTracking", "Nija.LiveTracking.PostgreSql", "Nija.Backtesting"],
        ["Nija.Cli"] = ["Nija.Metrics", "Nija.Backtesting", "Nija.LiveTracking", "Nija.LiveTracking.PostgreSql", "Nija.Reporting", "Nija.Integration"],
    };

    [TestCaseSource(nameof(LibraryProjects))]
    public void ProjectReferences_FollowTheDesign(string project)
    {
        var path = Path.Combine(RepositoryLayout.Source.FullName, project, project + ".csproj");
        var references = XDocument.Load(path)
            .Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

        Assert.That(references, Is.SubsetOf(Allowed[project]), $"{project} references a package it may not depend on.");
    }

    [Test]
    public void EveryLibraryProject_IsCoveredByTheRule()
    {
        var projects = RepositoryLayout.Source.GetDirectories("Nija.*").Select(d => d.Name);

        Assert.That(projects, Is.SubsetOf(Allowed.Keys));
    }

    private static IEnumerable<string> LibraryProjects() => Allowed.Keys;
}
