package hsds

// The HSDS 3.0 objects, with the fields Drehscheibe fills (names and meaning as in the
// schemas of openreferral/specification, branch 3.0). Optional text fields are left out
// when empty; the arrays of a fully nested object are always there, empty or not.

// Page is the HSDS envelope of a paginated list.
type Page[T any] struct {
	TotalItems int  `json:"total_items"`
	TotalPages int  `json:"total_pages"`
	PageNumber int  `json:"page_number"`
	Size       int  `json:"size"`
	FirstPage  bool `json:"first_page"`
	LastPage   bool `json:"last_page"`
	Empty      bool `json:"empty"`
	Contents   []T  `json:"contents"`
}

// ServiceItem is a service with its one-to-one fields and its organization: an entry
// of GET /services (compiled/service_list.json).
type ServiceItem struct {
	ID                     string            `json:"id"`
	OrganizationID         string            `json:"organization_id"`
	Name                   string            `json:"name"`
	Description            string            `json:"description"`
	Status                 string            `json:"status"`
	FeesDescription        string            `json:"fees_description"`
	EligibilityDescription string            `json:"eligibility_description"`
	MinimumAge             int               `json:"minimum_age"`
	MaximumAge             int               `json:"maximum_age"`
	AssuredDate            string            `json:"assured_date,omitempty"`
	LastModified           string            `json:"last_modified"`
	Organization           *OrganizationItem `json:"organization,omitempty"`
}

// Service is a fully nested service: GET /services/{id} (compiled/service.json).
type Service struct {
	ServiceItem
	Schedules          []Schedule          `json:"schedules"`
	ServiceAreas       []ServiceArea       `json:"service_areas"`
	ServiceAtLocations []ServiceAtLocation `json:"service_at_locations"`
	Languages          []Language          `json:"languages"`
	CostOptions        []CostOption        `json:"cost_options"`
	Attributes         []Attribute         `json:"attributes"`
	// Phones and Contacts stay empty: a partner's contact person is personal data.
	Phones   []struct{} `json:"phones"`
	Contacts []struct{} `json:"contacts"`
}

// OrganizationItem is an organization's one-to-one fields: an entry of GET
// /organizations (compiled/organization_list.json) and a service's organization.
type OrganizationItem struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Website     string `json:"website,omitempty"`
	LegalStatus string `json:"legal_status,omitempty"`
}

// Organization is a fully nested organization: GET /organizations/{id}
// (compiled/organization.json), its services as list entries.
type Organization struct {
	OrganizationItem
	Locations  []Location    `json:"locations"`
	Attributes []Attribute   `json:"attributes"`
	Services   []ServiceItem `json:"services"`
	Phones     []struct{}    `json:"phones"`
	Contacts   []struct{}    `json:"contacts"`
}

// Location is where a service is held: the partner's place, or online.
type Location struct {
	ID             string     `json:"id"`
	LocationType   string     `json:"location_type"`
	OrganizationID string     `json:"organization_id,omitempty"`
	Name           string     `json:"name,omitempty"`
	Description    string     `json:"description,omitempty"`
	URL            string     `json:"url,omitempty"`
	Latitude       *float64   `json:"latitude,omitempty"`
	Longitude      *float64   `json:"longitude,omitempty"`
	Addresses      []Address  `json:"addresses"`
	Languages      []Language `json:"languages"`
}

// Address is a postal address of a location.
type Address struct {
	ID         string `json:"id"`
	LocationID string `json:"location_id"`
	Address1   string `json:"address_1"`
	City       string `json:"city"`
	// StateProvince is required by HSDS; the service does not know it and sends "".
	StateProvince string `json:"state_province"`
	PostalCode    string `json:"postal_code"`
	Country       string `json:"country"`
	AddressType   string `json:"address_type"`
}

// ServiceAtLocation links a service to a location.
type ServiceAtLocation struct {
	ID          string   `json:"id"`
	ServiceID   string   `json:"service_id"`
	LocationID  string   `json:"location_id"`
	Description string   `json:"description,omitempty"`
	Location    Location `json:"location"`
}

// ServiceArea is where a service is available.
type ServiceArea struct {
	ID          string `json:"id"`
	ServiceID   string `json:"service_id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}

// Schedule is when a service takes place, as an RFC 5545 rule.
type Schedule struct {
	ID            string `json:"id"`
	ServiceID     string `json:"service_id"`
	ValidFrom     string `json:"valid_from,omitempty"`
	ValidTo       string `json:"valid_to,omitempty"`
	Freq          string `json:"freq,omitempty"`
	Wkst          string `json:"wkst,omitempty"`
	ByDay         string `json:"byday,omitempty"`
	OpensAt       string `json:"opens_at,omitempty"`
	ClosesAt      string `json:"closes_at,omitempty"`
	Description   string `json:"description"`
	AttendingType string `json:"attending_type,omitempty"`
	Notes         string `json:"notes,omitempty"`
}

// CostOption is what a service costs.
type CostOption struct {
	ID                string  `json:"id"`
	ServiceID         string  `json:"service_id"`
	ValidFrom         string  `json:"valid_from,omitempty"`
	ValidTo           string  `json:"valid_to,omitempty"`
	Option            string  `json:"option"`
	Currency          string  `json:"currency"`
	Amount            float64 `json:"amount"`
	AmountDescription string  `json:"amount_description"`
}

// Language is a language a service is delivered in (or spoken at a location).
type Language struct {
	ID         string `json:"id"`
	ServiceID  string `json:"service_id,omitempty"`
	LocationID string `json:"location_id,omitempty"`
	Name       string `json:"name"`
	Code       string `json:"code"`
	Note       string `json:"note,omitempty"`
}

// Attribute links a service or organization to a taxonomy term.
type Attribute struct {
	ID             string        `json:"id"`
	LinkID         string        `json:"link_id"`
	LinkType       string        `json:"link_type"`
	LinkEntity     string        `json:"link_entity"`
	Value          string        `json:"value,omitempty"`
	TaxonomyTermID string        `json:"taxonomy_term_id"`
	TaxonomyTerm   *TaxonomyTerm `json:"taxonomy_term"`
}

// Taxonomy is a classification the terms come from.
type Taxonomy struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Version     string `json:"version"`
}

// TaxonomyTerm is one term of a taxonomy.
type TaxonomyTerm struct {
	ID             string    `json:"id"`
	Code           string    `json:"code"`
	Name           string    `json:"name"`
	Description    string    `json:"description"`
	Taxonomy       string    `json:"taxonomy"`
	TaxonomyID     string    `json:"taxonomy_id"`
	TaxonomyDetail *Taxonomy `json:"taxonomy_detail,omitempty"`
	Language       string    `json:"language"`
}
