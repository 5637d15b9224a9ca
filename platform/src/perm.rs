//! Memory permissions, and [`Protection`]: a set of permissions that is
//! checked to never be writable and executable at once.
//!
//! Implementations build every protection they request from the OS or write
//! into a page table from a `Protection`, so a W+X request cannot even be
//! expressed past [`Protection::new`].

use crate::Error;

bitflags::bitflags! {
    /// Access permissions of a memory mapping (any combination; unchecked).
    /// Turn it into a [`Protection`] before requesting it.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Permissions: u8 {
        /// Loads are allowed.
        const READ = 1 << 0;
        /// Stores are allowed.
        const WRITE = 1 << 1;
        /// Instruction fetch is allowed.
        const EXEC = 1 << 2;
    }
}

/// Permissions that are never both [`WRITE`](Permissions::WRITE) and
/// [`EXEC`](Permissions::EXEC). The only constructors are the checked
/// [`Protection::new`] and the constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Protection(Permissions);

impl Protection {
    /// No access.
    pub const NONE: Protection = Protection(Permissions::empty());
    /// Read only.
    pub const R: Protection = Protection(Permissions::READ);
    /// Read and write: code being filled.
    pub const RW: Protection = Protection(Permissions::READ.union(Permissions::WRITE));
    /// Read and execute: published code.
    pub const RX: Protection = Protection(Permissions::READ.union(Permissions::EXEC));

    /// Checks `perms`: refuses [`Error::WriteAndExecute`] if it has both
    /// `WRITE` and `EXEC`.
    pub const fn new(perms: Permissions) -> Result<Protection, Error> {
        if perms.contains(Permissions::WRITE.union(Permissions::EXEC)) {
            Err(Error::WriteAndExecute)
        } else {
            Ok(Protection(perms))
        }
    }

    /// The checked permissions.
    pub const fn permissions(self) -> Permissions {
        self.0
    }

    /// Whether stores are allowed.
    pub const fn is_writable(self) -> bool {
        self.0.contains(Permissions::WRITE)
    }

    /// Whether instruction fetch is allowed.
    pub const fn is_executable(self) -> bool {
        self.0.contains(Permissions::EXEC)
    }
}

impl TryFrom<Permissions> for Protection {
    type Error = Error;
    fn try_from(perms: Permissions) -> Result<Protection, Error> {
        Protection::new(perms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_write_and_execute() {
        let wx = Permissions::WRITE | Permissions::EXEC;
        assert_eq!(Protection::new(wx), Err(Error::WriteAndExecute));
        assert_eq!(
            Protection::new(wx | Permissions::READ),
            Err(Error::WriteAndExecute)
        );
        assert_eq!(
            Protection::try_from(Permissions::all()),
            Err(Error::WriteAndExecute)
        );
    }

    #[test]
    fn accepts_every_other_combination() {
        for bits in 0..8u8 {
            let p = Permissions::from_bits_truncate(bits);
            let ok = !(p.contains(Permissions::WRITE) && p.contains(Permissions::EXEC));
            assert_eq!(Protection::new(p).is_ok(), ok, "{p:?}");
            if let Ok(prot) = Protection::new(p) {
                assert_eq!(prot.permissions(), p);
                assert!(!(prot.is_writable() && prot.is_executable()));
            }
        }
    }

    #[test]
    fn constants() {
        assert!(Protection::RW.is_writable() && !Protection::RW.is_executable());
        assert!(Protection::RX.is_executable() && !Protection::RX.is_writable());
        assert_eq!(
            Protection::new(Permissions::READ | Permissions::EXEC),
            Ok(Protection::RX)
        );
        assert_eq!(
            Protection::new(Permissions::READ | Permissions::WRITE),
            Ok(Protection::RW)
        );
        assert_eq!(Protection::new(Permissions::empty()), Ok(Protection::NONE));
        assert_eq!(Protection::new(Permissions::READ), Ok(Protection::R));
    }
}
