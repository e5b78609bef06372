package mongodb

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBackupOrder: collections the code does not know first, then those that refer to
// others before those they refer to, the audit trail after the entities, then meta,
// and the mail queue after meta (which holds the progress of the feed that fills it).
func TestBackupOrder(t *testing.T) {
	got := backupOrder([]string{"meta", "mails", "quartiere", "audit", "module", "anfragen", "partner", "apikeys", "bedarfe", "institutionen", "kindercampus", "abrechnung"})
	want := []string{"abrechnung", "apikeys", "anfragen", "kindercampus", "bedarfe", "module", "partner", "institutionen", "quartiere", "audit", "meta", "mails"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("order (-want +got):\n%s", d)
	}
}
