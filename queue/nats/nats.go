// Package nats is attache's work queue on NATS JetStream: crawlers and
// `attache ingest --queue` publish documents, any number of `attache worker`
// processes on any number of machines take them from one durable pull
// consumer, and a document is acknowledged only once it is stored.
//
// Layout on the server (created or updated by Open):
//
//   - stream ATTACHE, subject attache.docs: work-queue retention (a message
//     is deleted once acknowledged), file storage. Every message carries the
//     document's content hash (store.Hash) as Nats-Msg-Id, so the server
//     drops a document re-sent within the duplicate window (24 h by
//     default); later re-sends are caught by the store, which skips stored
//     hashes.
//   - durable pull consumer "workers" on ATTACHE, shared by all workers:
//     explicit acks, AckWait 30 s by default (a worker that dies leaves its
//     documents to be redelivered after AckWait), and a delivery limit.
//   - stream ATTACHE_DEAD, subject attache.dead: documents that could not be
//     coded or stored, each with its error, kept (limits retention) for a
//     person to look at.
//
// A document delivered MaxDeliver times without being acknowledged (its
// workers crashed or timed out on it) is dead-lettered by the next worker
// that receives it, without coding it again: the redelivery count on the
// server, not the crashing worker, decides.
package nats

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/store"
	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Defaults of Config.
const (
	DefaultStream          = "ATTACHE"
	DefaultSubject         = "attache.docs"
	DefaultDeadStream      = "ATTACHE_DEAD"
	DefaultDeadSubject     = "attache.dead"
	DefaultConsumer        = "workers"
	DefaultAckWait         = 30 * time.Second
	DefaultMaxDeliver      = 5
	DefaultDuplicateWindow = 24 * time.Hour
)

// deadLetterTries is how many deliveries past MaxDeliver the server still
// makes, so that dead-lettering itself can be retried if publishing to the
// dead-letter stream fails; past that the server gives up on the message.
const deadLetterTries = 3

// Config names the queue. Zero values take the defaults above.
type Config struct {
	URL         string // nats://host:4222
	Name        string // connection name shown by the server
	Stream      string
	Subject     string
	DeadStream  string
	DeadSubject string
	Consumer    string
	// AckWait is how long a delivered document may stay unacknowledged
	// before the server hands it to another worker. Workers report
	// progress (InProgress) on documents waiting for their batch, so it
	// bounds the time to notice a dead worker, not the length of a batch.
	AckWait time.Duration
	// MaxDeliver is how many times a document is tried before it is
	// dead-lettered.
	MaxDeliver int
	// DuplicateWindow is how long the server remembers message ids
	// (content hashes) to drop re-sent documents.
	DuplicateWindow time.Duration
}

func (c *Config) defaults() {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&c.Stream, DefaultStream)
	def(&c.Subject, DefaultSubject)
	def(&c.DeadStream, DefaultDeadStream)
	def(&c.DeadSubject, DefaultDeadSubject)
	def(&c.Consumer, DefaultConsumer)
	def(&c.Name, "attache")
	if c.AckWait <= 0 {
		c.AckWait = DefaultAckWait
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = DefaultMaxDeliver
	}
	if c.DuplicateWindow <= 0 {
		c.DuplicateWindow = DefaultDuplicateWindow
	}
}

// Message is the body of a queued document: JSON of the document with its
// date (which attache.Document leaves out of its JSON) and where it was
// read.
type Message struct {
	Doc    attache.Document `json:"doc"`
	Date   time.Time        `json:"date,omitzero"`
	Origin string           `json:"origin,omitempty"`
}

// DeadLetter is the body of a dead-lettered document.
type DeadLetter struct {
	Message
	Hash      string    `json:"hash"`
	Error     string    `json:"error"`
	Delivered uint64    `json:"delivered"` // deliveries of the original message
	Seq       uint64    `json:"seq"`       // its sequence in the work stream
	Worker    string    `json:"worker,omitempty"`
	At        time.Time `json:"at"`
}

// Queue is a connection to the work queue.
type Queue struct {
	cfg  Config
	nc   *natsgo.Conn
	js   jetstream.JetStream
	cons jetstream.Consumer
}

// Open connects and creates (or updates to cfg) the streams and the
// consumer.
func Open(ctx context.Context, cfg Config) (*Queue, error) {
	cfg.defaults()
	if cfg.URL == "" {
		return nil, errors.New("queue: no NATS URL")
	}
	nc, err := natsgo.Connect(cfg.URL, natsgo.Name(cfg.Name), natsgo.MaxReconnects(-1))
	if err != nil {
		return nil, fmt.Errorf("queue: connect %s: %w", cfg.URL, err)
	}
	q := &Queue{cfg: cfg, nc: nc}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue %s: %w", cfg.URL, err)
	}
	return q, nil
}

func (q *Queue) setup(ctx context.Context) error {
	js, err := jetstream.New(q.nc)
	if err != nil {
		return err
	}
	q.js = js
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.cfg.Stream,
		Description: "attache documents to code",
		Subjects:    []string{q.cfg.Subject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  q.cfg.DuplicateWindow,
	}); err != nil {
		return fmt.Errorf("stream %s: %w", q.cfg.Stream, err)
	}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.cfg.DeadStream,
		Description: "attache documents that could not be coded or stored, with the error",
		Subjects:    []string{q.cfg.DeadSubject},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
	}); err != nil {
		return fmt.Errorf("stream %s: %w", q.cfg.DeadStream, err)
	}
	q.cons, err = js.CreateOrUpdateConsumer(ctx, q.cfg.Stream, jetstream.ConsumerConfig{
		Durable:       q.cfg.Consumer,
		Description:   "attache workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		MaxDeliver:    q.cfg.MaxDeliver + deadLetterTries,
		FilterSubject: q.cfg.Subject,
		// A worker holds up to a few batches unacknowledged.
		MaxAckPending: 100_000,
	})
	if err != nil {
		return fmt.Errorf("consumer %s: %w", q.cfg.Consumer, err)
	}
	return nil
}

// Config returns the configuration in force, defaults filled in.
func (q *Queue) Config() Config { return q.cfg }

// Close sends what is buffered (acknowledgements are fire-and-forget
// messages) and disconnects.
func (q *Queue) Close() error {
	defer q.nc.Close()
	if err := q.nc.FlushTimeout(5 * time.Second); err != nil {
		return fmt.Errorf("queue: close: %w", err)
	}
	return nil
}

// Publish is one pending publication.
type Publish struct {
	Hash   string
	Origin string
	f      jetstream.PubAckFuture
}

// Wait returns whether the server dropped the document as a duplicate.
func (p *Publish) Wait(ctx context.Context) (duplicate bool, err error) {
	select {
	case ack := <-p.f.Ok():
		return ack.Duplicate, nil
	case err := <-p.f.Err():
		return false, fmt.Errorf("publish %s: %w", p.Origin, err)
	case <-ctx.Done():
		return false, ctx.Err()
	}
}

// PublishAsync sends a document without waiting for the server; Wait on
// the result tells whether it was stored or dropped as a duplicate. At most
// a few thousand publications are outstanding: past that it blocks (up to a
// minute, then fails).
func (q *Queue) PublishAsync(doc attache.Document, origin string) (*Publish, error) {
	h := store.Hash(doc)
	b, err := json.Marshal(Message{Doc: doc, Date: doc.Date, Origin: origin})
	if err != nil {
		return nil, fmt.Errorf("publish %s: %w", origin, err)
	}
	m := natsgo.NewMsg(q.cfg.Subject)
	m.Data = b
	m.Header.Set(jetstream.MsgIDHeader, h)
	// A slow server makes the publisher stall at a few thousand pending
	// messages; the wait is back-pressure, so it may be long.
	f, err := q.js.PublishMsgAsync(m, jetstream.WithExpectStream(q.cfg.Stream), jetstream.WithStallWait(time.Minute))
	if err != nil {
		return nil, fmt.Errorf("publish %s: %w", origin, err)
	}
	return &Publish{Hash: h, Origin: origin, f: f}, nil
}

// Publish sends a document and waits for the server.
func (q *Queue) Publish(ctx context.Context, doc attache.Document, origin string) (duplicate bool, err error) {
	p, err := q.PublishAsync(doc, origin)
	if err != nil {
		return false, err
	}
	return p.Wait(ctx)
}

// Delivery is a document handed to this worker.
type Delivery struct {
	Message
	Hash      string
	Seq       uint64 // stream sequence
	Delivered uint64 // how many times the server has delivered it, this one included
	// Err is set when the message cannot be read as a document.
	Err error
	q   *Queue
	msg jetstream.Msg
}

// Fetch returns up to n documents: those available now, or else the first
// to arrive within wait. It does not wait to fill n, because a delivered
// document's AckWait runs from its delivery.
func (q *Queue) Fetch(ctx context.Context, n int, wait time.Duration) ([]*Delivery, error) {
	if n <= 0 {
		return nil, nil
	}
	batch, err := q.cons.FetchNoWait(n)
	if err != nil {
		return nil, fmt.Errorf("queue: fetch: %w", err)
	}
	out, err := q.deliveries(ctx, batch)
	if len(out) > 0 || err != nil {
		return out, err
	}
	fctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	batch, err = q.cons.Fetch(1, jetstream.FetchContext(fctx))
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("queue: fetch: %w", err)
	}
	return q.deliveries(ctx, batch)
}

func (q *Queue) deliveries(ctx context.Context, batch jetstream.MessageBatch) ([]*Delivery, error) {
	var out []*Delivery
	for m := range batch.Messages() {
		d := &Delivery{q: q, msg: m}
		if md, err := m.Metadata(); err == nil {
			d.Seq, d.Delivered = md.Sequence.Stream, md.NumDelivered
		} else {
			d.Err = fmt.Errorf("message metadata: %w", err)
		}
		if d.Err == nil {
			if err := json.Unmarshal(m.Data(), &d.Message); err != nil {
				d.Err = fmt.Errorf("message %d is not a document: %w", d.Seq, err)
			} else {
				d.Doc.Date = d.Date
				d.Hash = store.Hash(d.Doc)
				if id := m.Headers().Get(jetstream.MsgIDHeader); id != "" && id != d.Hash {
					// The id is what the server deduplicated on; a
					// publisher that hashed differently is worth a note
					// but the content decides what is stored.
					d.Origin = strings.TrimSpace(d.Origin + " (msg id " + id + ")")
				}
			}
		}
		out = append(out, d)
	}
	if err := batch.Error(); err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, jetstream.ErrNoMessages) {
		if ctx.Err() != nil {
			return out, ctx.Err()
		}
		return out, fmt.Errorf("queue: fetch: %w", err)
	}
	return out, nil
}

// Exhausted reports whether the document has been delivered MaxDeliver
// times before this delivery: whoever had it never acknowledged it, so it
// is dead-lettered rather than tried again.
func (d *Delivery) Exhausted() bool {
	return d.Delivered > uint64(d.q.cfg.MaxDeliver)
}

// Ack removes the document from the queue: it is stored.
func (d *Delivery) Ack() error {
	if err := d.msg.Ack(); err != nil {
		return fmt.Errorf("ack %d: %w", d.Seq, err)
	}
	return nil
}

// Nak returns the document to the queue for another worker, after delay.
func (d *Delivery) Nak(delay time.Duration) error {
	var err error
	if delay > 0 {
		err = d.msg.NakWithDelay(delay)
	} else {
		err = d.msg.Nak()
	}
	if err != nil {
		return fmt.Errorf("nak %d: %w", d.Seq, err)
	}
	return nil
}

// InProgress tells the server the document is being worked on, restarting
// its AckWait.
func (d *Delivery) InProgress() error {
	if err := d.msg.InProgress(); err != nil {
		return fmt.Errorf("in progress %d: %w", d.Seq, err)
	}
	return nil
}

// DeadLetter publishes the document with its error to the dead-letter
// stream and, once the server has stored it there, terminates the original
// message so that it is never delivered again.
func (d *Delivery) DeadLetter(ctx context.Context, reason error) error {
	msg := "unknown error"
	if reason != nil {
		msg = reason.Error()
	}
	dl := DeadLetter{Message: d.Message, Hash: d.Hash, Error: msg, Delivered: d.Delivered, Seq: d.Seq, Worker: d.q.cfg.Name, At: time.Now().UTC()}
	if d.Err != nil {
		// keep the raw body when it is not a document
		dl.Message = Message{Origin: string(d.msg.Data())}
	}
	b, err := json.Marshal(dl)
	if err != nil {
		return fmt.Errorf("dead-letter %d: %w", d.Seq, err)
	}
	m := natsgo.NewMsg(d.q.cfg.DeadSubject)
	m.Data = b
	// The same delivery dead-lettered twice (a worker retrying) is kept once.
	m.Header.Set(jetstream.MsgIDHeader, fmt.Sprintf("%s-%d", d.q.cfg.Stream, d.Seq))
	if _, err := d.q.js.PublishMsg(ctx, m, jetstream.WithExpectStream(d.q.cfg.DeadStream)); err != nil {
		return fmt.Errorf("dead-letter %d: %w", d.Seq, err)
	}
	if err := d.msg.TermWithReason(truncate(msg, 200)); err != nil {
		return fmt.Errorf("dead-letter %d: term: %w", d.Seq, err)
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// Lag is how much work the queue holds.
type Lag struct {
	Pending     uint64 // not yet delivered
	AckPending  uint64 // delivered, not yet acknowledged
	Redelivered int    // being redelivered
}

// Lag asks the server how far behind the workers are.
func (q *Queue) Lag(ctx context.Context) (Lag, error) {
	ci, err := q.cons.Info(ctx)
	if err != nil {
		return Lag{}, fmt.Errorf("queue: consumer info: %w", err)
	}
	return Lag{Pending: ci.NumPending, AckPending: uint64(ci.NumAckPending), Redelivered: ci.NumRedelivered}, nil
}

// Dead reads up to n dead letters, oldest first (for tests and tools).
func (q *Queue) Dead(ctx context.Context, n int) ([]DeadLetter, error) {
	s, err := q.js.Stream(ctx, q.cfg.DeadStream)
	if err != nil {
		return nil, fmt.Errorf("queue: dead letters: %w", err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue: dead letters: %w", err)
	}
	var out []DeadLetter
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && len(out) < n && info.State.Msgs > 0; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("queue: dead letter %d: %w", seq, err)
		}
		var dl DeadLetter
		if err := json.Unmarshal(m.Data, &dl); err != nil {
			return out, fmt.Errorf("queue: dead letter %d: %w", seq, err)
		}
		out = append(out, dl)
	}
	return out, nil
}
