//! `warta build` with `cms:` in warta.yaml publishes the browser CMS under
//! `admin/`; without it, nothing is there (issue 19).

mod common;

use common::small_site;

const WITH_CMS: &str = "title: Uji\nlanguage: id\ncms:\n  backend: gitea\n  repo: kominfo/situs-pelatihan\n  api_root: https://git.example.go.id/api/v1\n";

fn files_under(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    names.sort();
    names
}

#[test]
fn without_cms_the_output_has_no_admin_folder() {
    let site = small_site();
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!site.output().join("admin").exists());
}

#[test]
fn with_cms_the_page_its_git_configuration_and_decaps_files_are_written() {
    let site = small_site();
    site.write("warta.yaml", WITH_CMS);
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let admin = site.output().join("admin");

    let mut expected: Vec<String> = warta::cms::script::names()
        .map(str::to_string)
        .chain(["index.html".to_string(), "config.yml".to_string()])
        .collect();
    expected.sort();
    assert_eq!(files_under(&admin), expected);

    let page = site.read("admin/index.html");
    assert!(page.contains("<title>Kelola isi situs</title>"), "{page}");
    assert!(
        page.contains("<script src=\"decap-cms.js\"></script>"),
        "{page}"
    );
    // Decompressed, byte for byte what the package ships.
    let script = std::fs::read(admin.join("decap-cms.js")).unwrap();
    assert_eq!(script, warta::cms::script::plain("decap-cms.js").unwrap());

    let config: serde_json::Value = serde_saphyr::from_str(&site.read("admin/config.yml")).unwrap();
    assert_eq!(
        config["backend"],
        serde_json::json!({"name": "gitea", "repo": "kominfo/situs-pelatihan", "branch": "main",
                           "api_root": "https://git.example.go.id/api/v1"})
    );
    assert_eq!(config["collections"][0]["folder"], "content/programs");

    // Not a page of the site: neither the sitemap nor the search knows it.
    assert!(!site.read("sitemap.xml").contains("admin"));
    for file in files_under(&site.output().join("search")) {
        let text =
            std::fs::read_to_string(site.output().join("search").join(&file)).unwrap_or_default();
        assert!(!text.contains("admin/"), "search/{file}");
    }

    // Taken out again: the next build removes admin/.
    site.write("warta.yaml", "title: Uji\nlanguage: id\n");
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!admin.exists());
}
