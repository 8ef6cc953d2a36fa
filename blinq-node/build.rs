//! Link settings for a Node addon (undefined N-API symbols resolved by the host process).

fn main() {
    napi_build::setup();
}
