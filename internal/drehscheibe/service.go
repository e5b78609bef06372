package drehscheibe

import (
	"context"
	"time"
)

// Service holds the use cases that change the catalogue: create, update, the Modul
// lifecycle, needs, and API keys. Every use case checks who calls (the Principal in
// the context): the role first, then ownership on the entity itself; what the caller
// may not see answers ENOTFOUND, exactly like an unknown ID. It validates every write,
// checks references, keeps versions (optimistic concurrency), hands each acknowledged
// write to the catalogue and records it in the audit trail.
type Service struct {
	store   Store
	catalog Catalog
	now     func() time.Time
	auth    *Authenticator
	area    Area // nil: DortmundArea
	// workflow are the settings of the request workflow.
	workflow Workflow
}

// NewService returns a Service over store and catalog; now is the clock.
func NewService(store Store, catalog Catalog, now func() time.Time) *Service {
	return &Service{store: store, catalog: catalog, now: now, auth: NewAuthenticator(store, now), workflow: DefaultWorkflow()}
}

// clock returns the current time at the precision the database keeps (milliseconds),
// so that what the catalogue holds equals what a reload reads.
func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Millisecond) }

// principal returns the caller if it may attempt op.
func (s *Service) principal(ctx context.Context, op Operation) (Principal, error) {
	p := PrincipalFrom(ctx)
	return p, p.May(op)
}
