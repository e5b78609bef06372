// Use cases of the funding programmes: the Servicestelle records and changes them.

package drehscheibe

import "context"

// CreateFoerderprogramm stores a new programme (Servicestelle). What is committed and
// spent starts at zero. EINVALID, ECONFLICT (name taken), EFORBIDDEN.
func (s *Service) CreateFoerderprogramm(ctx context.Context, f *Foerderprogramm) (*Foerderprogramm, error) {
	f.Ledger = nil
	for i := range f.Years {
		f.Years[i].CommittedCent, f.Years[i].SpentCent = 0, 0
	}
	return f, s.insert(ctx, OpCreateFoerderprogramm, f, nil)
}

// UpdateFoerderprogramm changes a programme of the given version (Servicestelle): a
// budget never below what is committed and spent of it. ENOTFOUND, ECONFLICT,
// EINVALID, EFORBIDDEN.
func (s *Service) UpdateFoerderprogramm(ctx context.Context, id ID, version int64, pt FoerderprogrammPatch) (*Foerderprogramm, error) {
	return update(ctx, s, OpUpdateFoerderprogramm, id, version, func(_ Principal, f *Foerderprogramm) error {
		pt.apply(f)
		return nil
	})
}
