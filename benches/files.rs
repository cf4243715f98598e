//! How long opening and saving a plan takes, for 25 and 2,000 systems.
//!
//! `cargo bench --bench files` prints the median of: reading and parsing the file, turning
//! the plan into text, and a whole save (the old version kept as the backup, the new file
//! written to a temporary file, synced, renamed, and the folder synced), in a temporary
//! folder on the same disk as the system's temp folder.

mod common;

use common::{ms, time};

use backup_planner::files::storage;
use backup_planner::model::sample::plan_with_systems;

fn main() {
    let dir = std::env::temp_dir().join(format!("backup-planner-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    println!("systems  file size   open        to text     save        open + save");
    for systems in [25, 2000] {
        let plan = plan_with_systems(systems);
        let path = dir.join(format!("plan-{systems}.ron"));
        let mut known = storage::save_plan(&plan, &path).expect("saved").state;
        let size = std::fs::metadata(&path).map_or(0, |m| m.len());
        let open = time(31, || {
            std::hint::black_box(storage::load_plan(&path).expect("opened"));
        });
        let text = time(31, || {
            std::hint::black_box(storage::plan_to_string(&plan).expect("text"));
        });
        // Alternate two versions, so every save also keeps a backup. Saved as the window
        // saves: over the content it knows it wrote (checked by a digest, not a parse).
        let mut other = plan.clone();
        other.identity.title.push_str(" (edited)");
        let mut flip = false;
        let save = time(31, || {
            flip = !flip;
            let version = if flip { &other } else { &plan };
            known = storage::save_plan_checked(version, &path, Some(known))
                .expect("saved")
                .state;
        });
        // Open, change one thing, save: a backup is kept too.
        let both = time(31, || {
            let (mut opened, state) = storage::load_plan_with_state(&path).expect("opened");
            opened.identity.revision = opened.identity.revision.wrapping_add(1);
            storage::save_plan_checked(&opened, &path, Some(state)).expect("saved");
        });
        println!(
            "{systems:>7}  {:>7} KB  {:>10}  {:>10}  {:>10}  {:>10}",
            size / 1024,
            ms(open, 2),
            ms(text, 2),
            ms(save, 2),
            ms(both, 2)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
