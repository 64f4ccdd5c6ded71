//! Test-only helpers: fresh databases on both backends and a small seeded world.
//! Only ever a dev-dependency.

pub mod db;
pub mod world;
pub mod youtube;

pub use db::{TestDb, backends};
pub use world::World;
pub use youtube::FakeYouTube;
