//go:build !unix

package embedded

import "os"

// lockDir does not lock on systems without flock: run one server per data directory.
func lockDir(string) (*os.File, bool, error) { return nil, false, nil }

func unlockDir(*os.File) error { return nil }
