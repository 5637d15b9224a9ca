//! No mapping of the process is ever writable and executable, through a
//! lifecycle exercised from several threads at once.

mod common;

use common::*;
use platform::wx::{assert_no_wx_mappings, check_wx_mappings};
use platform::{CodeBuf, HostPlatform};

#[test]
fn process_starts_without_wx_mappings() {
    assert_eq!(check_wx_mappings(), Ok(()));
}

#[test]
fn no_wx_mapping_at_any_step_across_threads() {
    let host = HostPlatform::new();
    std::thread::scope(|s| {
        for t in 0..4u16 {
            let host = &host;
            s.spawn(move || {
                for i in 0..25u16 {
                    let mut buf = CodeBuf::new(host, 100 * usize::from(i + 1)).unwrap();
                    assert_no_wx_mappings();
                    let f = ret_const(t * 100 + i);
                    buf.as_mut_slice()[..f.len()].copy_from_slice(&f);
                    assert_no_wx_mappings();
                    if i % 5 == 4 {
                        drop(buf); // abandoned before publication
                        assert_no_wx_mappings();
                        continue;
                    }
                    let code = buf.publish().unwrap();
                    assert_no_wx_mappings();
                    // SAFETY: a complete published function of this type.
                    let g: extern "C" fn() -> u32 = unsafe { core::mem::transmute(code.as_ptr()) };
                    assert_eq!(g(), u32::from(t * 100 + i));
                    drop(code);
                    assert_no_wx_mappings();
                }
            });
        }
    });
}
