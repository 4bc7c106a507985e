// A deterministic synthetic library of the user's own notes and snippets, for benchmarks. Prose is
// drawn from a Zipf-distributed vocabulary of a few thousand English and programming words;
// identifiers (snake_case, camelCase, CamelCase, UPPER_CASE) come from Pitman–Yor processes, so the
// number of distinct identifiers keeps growing with the library (Heaps' law) while a few are used
// everywhere. Items go through the same mapping as real notes and snippets (`noteDoc`,
// `snippetDoc`), so fields are split the way the extension splits them.
import type { Snippet, UserNote } from '../data/records/model';
import type { SearchDoc } from '../data/search/types';
import { noteDoc, snippetDoc } from '../data/search/user-docs';

/** Small, fast, seedable PRNG (mulberry32). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Log-uniform integer in [lo, hi]: short far more often than long, as bodies are. */
  logInt(lo: number, hi: number): number {
    return Math.round(Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo))));
  }
}

const list = (text: string): string[] => text.split(/\s+/).filter(Boolean);

// Word lists, each roughly from most to least frequent.

const FUNCTION_WORDS = list(`
the of and to a in is it that for you this with on as be are not or by at from but if can have
we an will so all when which there your use one do more about its than only then also what how
into just other some no out up like any should would each because before after does was need
make still same first new get every both without instead while where them they our these those
here now even much most very well over under through between again once why may might must could
never always already yet own way many few less least often usually rather per via until unless
whether though although since against during within across above below around almost enough
`);

const ENGLISH = list(`
time way work thing part place case point problem fact question system number group world hand
result change example reason idea end kind side line order level right good long little great
small large next early important public bad able different high old big young few real full
simple clear easy hard short sure free true whole open close early late common main final single
know think see want look give take find tell ask seem feel try leave call keep let begin show hear
play run move live believe bring happen write provide sit stand lose pay meet include continue
learn lead understand watch follow stop speak spend grow walk win offer remember consider appear
buy wait serve expect stay fall cut reach remain suggest raise pass sell require report decide
pull explain hope develop carry break receive agree support hit produce eat cover catch draw choose
cause point listen realize place close involve increase prove accept describe drive arrive prepare
mean note mind fix miss notice avoid depend happen matter turn hold work start stop help plan
people year day man woman child life week month company program question government area story
student family country game issue home side water room mother business night word information back
parent face others level office door health person art war history party morning reason research
girl guy moment air teacher force education foot boy age policy process music market sense nation
paper group idea behavior step rule version effect chance choice detail amount practice purpose
pattern approach solution answer feature difference benefit cost risk rate goal habit mistake
trick tip lesson summary overview reference guide tutorial chapter section paragraph sentence
letter draft review feedback comment discussion meeting project team member manager developer
engineer designer customer owner author reader writer speaker audience community language
framework library tool machine computer device network phone screen window button menu icon
image picture photo video sound voice message mail note list table chart map graph tree box
shape color size width height length weight speed distance direction position location address
street city town road bridge river lake sea island mountain forest field garden farm house building
school university hospital church store shop bank market restaurant hotel station airport office
kitchen bedroom floor wall roof window stairs car bus train plane boat bike ticket trip travel
journey holiday weekend evening afternoon night season summer winter spring autumn weather rain
snow wind sun moon star sky light dark fire heat cold ice stone rock sand metal gold silver iron
wood glass plastic paper cloth cotton wool leather rubber oil gas fuel energy power engine motor
wheel chain rope wire pipe tube cable switch lamp clock watch camera radio television computer
money price value budget income salary payment bill account loan debt tax profit loss trade deal
contract agreement law rule right duty crime police court judge lawyer prison victim witness
evidence proof doubt truth lie secret promise threat warning danger safety security protection
attack defense battle army soldier weapon gun bomb peace enemy friend neighbor partner colleague
boss staff worker employee client guest visitor stranger crowd population society culture
tradition religion belief faith spirit soul heart mind brain body skin bone blood muscle nerve
eye ear nose mouth tooth tongue lip neck shoulder arm elbow finger thumb leg knee toe hair
quickly slowly carefully easily simply really actually probably especially exactly clearly
finally recently suddenly directly generally quite nearly fairly mostly partly mainly simply
certainly definitely obviously apparently basically literally completely entirely totally
properly correctly wrongly badly poorly strongly heavily lightly briefly rarely seldom sometimes
twice later earlier soon today tomorrow yesterday tonight meanwhile otherwise anyway somehow
nowhere everywhere somewhere anywhere inside outside upstairs downstairs abroad ahead behind
beside beyond forward backward away apart together alone along aside
strange odd weird funny serious quiet loud busy lazy happy sad angry afraid proud tired hungry
rich poor cheap expensive heavy light thin thick narrow wide deep shallow flat round square sharp
smooth rough soft hard wet dry clean dirty fresh stale warm cool hot cold bright dull safe
dangerous healthy sick alive dead famous unknown popular useful useless helpful harmful careful
careless honest fair strict gentle kind cruel polite rude brave calm nervous confident patient
modern ancient recent current former future previous original typical normal usual special rare
unique similar equal opposite separate various several certain particular specific general
personal private social natural physical mental emotional political economic financial legal
official formal informal technical practical theoretical logical reasonable possible impossible
likely unlikely necessary optional available missing broken wrong perfect terrible awful
wonderful excellent amazing brilliant stupid silly crazy smart clever wise foolish obvious subtle
explicit implicit direct indirect positive negative central local global internal external
bit lot couple dozen hundred thousand million billion half quarter third double triple pair
minute hour second decade century moment period stage phase cycle round turn series sequence
beginning middle ending start finish edge corner surface bottom top front rear center border
reason purpose result outcome consequence impact influence pressure tension balance control
freedom access limit range scope extent degree scale measure standard quality quantity volume
capacity ability skill talent knowledge experience memory attention interest concern worry fear
surprise shock joy pleasure pain trouble difficulty challenge opportunity advantage disadvantage
success failure progress improvement growth decline rise drop loss gain win victory defeat
argument debate conflict agreement decision conclusion assumption opinion view attitude position
situation condition circumstance environment context background setting scene event incident
accident emergency crisis disaster miracle mystery puzzle riddle secret surprise adventure
`);

const DEV_NOUNS = list(`
request response query model view field database cache user test data value function class method
object list string error settings template form url page session token permission serializer
migration index table column filter order group count event handler state store component props
hook effect context route router server client api endpoint header body json schema date timezone
locale file path upload download stream queue worker task retry timeout limit offset cursor
pagination result score match transaction commit rollback lock isolation replica shard backup
deploy build bundle config environment variable secret key hash signature login logout password
email signal middleware decorator generator iterator closure scope module package import export
type interface generic union enum record tuple array map set heap tree graph node edge instance
manager queryset relation foreign primary constraint unique null default choice widget validator
admin fixture factory mock stub spy assertion coverage suite case runner report log logger level
trace span metric counter gauge histogram alert dashboard probe health status code message payload
params argument parameter option flag switch mode feature release branch merge rebase tag version
dependency lockfile registry container image volume port host domain certificate proxy gateway
balancer socket connection pool thread process child parent sibling root leaf element attribute
selector style class layout grid flex row cell item entry key pair slot buffer chunk frame packet
protocol format encoding charset locale translation message channel topic subscriber publisher
consumer producer broker job cron schedule interval deadline budget quota throttle rate backoff
jitter circuit fallback cache hit miss eviction ttl expiry invalidation warmup prefetch preload
lazy eager join subquery aggregate annotation expression lookup manager descriptor property
getter setter constructor destructor prototype mixin trait protocol abstract override overload
callback promise future coroutine task loop scheduler executor reactor runtime compiler
interpreter parser lexer token ast visitor transformer plugin loader resolver linter formatter
bundler minifier transpiler polyfill shim adapter wrapper facade proxy singleton observer strategy
command repository service controller presenter viewmodel reducer action dispatcher selector
saga thunk atom signal ref memo portal fragment suspense boundary fallback hydration render
snapshot diff patch delta changeset revision history undo redo clipboard selection range cursor
caret focus blur click input change submit keydown keyup scroll resize drag drop touch pointer
gesture animation transition transform opacity shadow border margin padding font weight color
theme palette variant breakpoint viewport media query container wrapper modal dialog popup
tooltip dropdown menu tab panel sidebar navbar header footer toolbar button link icon badge chip
avatar spinner skeleton placeholder toast banner alert card list table pager stepper slider
checkbox radio toggle textarea label hint tooltip
`);

const DOMAIN_NOUNS = list(`
invoice customer order product cart payment account profile subscription plan team member project
issue comment post article author category ticket booking reservation patient doctor appointment
student course lesson grade inventory warehouse shipment address city country region shop price
discount coupon refund report chart notification thread room device sensor reading organization
tenant workspace document folder attachment photo album playlist track artist event venue seat
vehicle driver route trip location merchant vendor supplier contract quote lead deal pipeline
campaign audience segment survey question answer score badge achievement reward wallet balance
transfer currency rate budget expense receipt tax bill statement employee department role shift
timesheet leave holiday candidate interview offer job skill recipe ingredient menu restaurant
table review rating feedback message conversation contact friend follower like share feed story
`);

const DEV_VERBS = list(`
get set fetch load save build parse render handle create update delete find make resolve compute
validate ensure apply sync merge split format convert check count sort filter map reduce send
receive process register dispatch emit subscribe publish serialize deserialize encode decode
encrypt decrypt sign verify authenticate authorize invalidate refresh reload reset clear
initialize configure install migrate deploy import export read write open close connect
disconnect retry schedule cancel enqueue dequeue push pop append insert remove replace patch post
upload download stream log trace debug test mock stub assert compare clone copy wrap unwrap bind
attach detach mount unmount hydrate normalize sanitize escape compile transpile minify lint
bootstrap seed prefetch paginate annotate aggregate group join select order lock release acquire
notify throttle debounce memoize cache store restore backup archive extract transform collect
gather generate calculate measure track monitor observe watch listen wait poll batch flush commit
rollback prepare execute run start stop pause resume skip finish complete submit approve reject
assign allocate free dispose destroy spawn fork kill ping probe scan crawl index search match
rank score highlight truncate pad trim strip slugify tokenize stem lower upper wrap indent
`);

const QUALIFIERS = list(`
max min default current new old raw total last first next prev base local remote global active
pending recent cached async sync full partial valid invalid empty unique primary secondary public
private internal external initial final temp custom shared user admin main single multi bulk
`);

const TECH = list(`
django python react node postgres redis celery docker kubernetes nginx gunicorn webpack vite
typescript javascript eslint prettier jest vitest pytest sqlalchemy flask fastapi express nextjs
graphql jwt oauth aws lambda sqlite mysql mongodb elasticsearch kafka rabbitmq github gitlab git
npm pip poetry virtualenv uvicorn asyncio pydantic drf simplejwt htmx tailwind jquery axios vue
angular svelte dexie indexeddb chrome firefox linux bash zsh vscode terraform ansible sentry
grafana prometheus stripe twilio sendgrid heroku vercel netlify cloudflare
`);

const TOPIC_TAGS = list(`
performance security testing orm auth deployment debugging caching async api frontend backend
database interview gotcha til snippet migrations celery docker django react python javascript
typescript css sql git linux devops review refactoring patterns architecture tooling
`);

const CLASS_SUFFIXES = list(`
View Serializer Form Model Manager Mixin Admin Error Exception Handler Service Client Config
Factory Provider Store Component Props State Context Hook Middleware Backend Test Repository
Controller Schema Query Builder Adapter Resolver Task Worker Event Listener Permission Filter
`);

function pluralize(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

const PAST: Record<string, string> = {
  get: 'got',
  set: 'set',
  build: 'built',
  send: 'sent',
  find: 'found',
  make: 'made',
  write: 'written',
  read: 'read',
  run: 'ran',
  split: 'split',
  bind: 'bound',
  hold: 'held',
  keep: 'kept',
  spawn: 'spawned',
};
/** Verbs whose last consonant doubles before -ed and -ing. */
const DOUBLES = new Set(
  list(
    'set get map run stop commit submit split skip strip wrap unwrap drop plan log pad trim stub',
  ),
);

function inflect(verb: string): string[] {
  const stem = DOUBLES.has(verb) ? verb + verb.slice(-1) : verb;
  const ing = verb.endsWith('e') && !verb.endsWith('ee') ? `${verb.slice(0, -1)}ing` : `${stem}ing`;
  const past =
    PAST[verb] ??
    (verb.endsWith('e')
      ? `${verb}d`
      : /[^aeiou]y$/.test(verb)
        ? `${verb.slice(0, -1)}ied`
        : `${stem}ed`);
  return [pluralize(verb), ing, past];
}

/**
 * All prose words from most to least frequent: function words first, then content words of the
 * lists interleaved, then inflected forms somewhat below their base words.
 */
function rankedVocabulary(): string[] {
  const ranked: { word: string; key: number }[] = [];
  FUNCTION_WORDS.forEach((word, i) => ranked.push({ word, key: i }));
  const content: [readonly string[], number][] = [
    [ENGLISH, 1],
    [DEV_NOUNS, 1.3],
    [DEV_VERBS, 1.6],
    [DOMAIN_NOUNS, 3],
    [TECH, 3],
    [QUALIFIERS, 2],
  ];
  for (const [words, spread] of content) {
    words.forEach((word, i) => {
      const key = FUNCTION_WORDS.length + i * spread;
      ranked.push({ word, key });
      if (words === DEV_VERBS) {
        inflect(word).forEach((form, k) => ranked.push({ word: form, key: key * 2.5 + k }));
      } else if (words === DEV_NOUNS || words === DOMAIN_NOUNS) {
        ranked.push({ word: pluralize(word), key: key * 2 });
      }
    });
  }
  ranked.sort((a, b) => a.key - b.key);
  return [...new Set(ranked.map((r) => r.word))];
}

/** The prose vocabulary, most frequent first. */
export const VOCABULARY: readonly string[] = rankedVocabulary();

/** Draws items by Zipf–Mandelbrot rank frequency: p(rank) ∝ 1 / (rank + offset)^exponent. */
class Zipf<T> {
  private cdf: Float64Array;

  constructor(
    private items: readonly T[],
    exponent = 1,
    offset = 2.7,
  ) {
    this.cdf = new Float64Array(items.length);
    let sum = 0;
    for (let i = 0; i < items.length; i++) {
      sum += 1 / (i + 1 + offset) ** exponent;
      this.cdf[i] = sum;
    }
    for (let i = 0; i < items.length; i++) this.cdf[i] = (this.cdf[i] as number) / sum;
  }

  draw(rand: Random): T {
    const u = rand.next();
    let lo = 0;
    let hi = this.items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo] as T;
  }
}

/**
 * A Pitman–Yor process over names: each draw is a new name with probability
 * (concentration + discount·distinct) / (concentration + draws), else an earlier one in proportion
 * to its uses. Distinct names grow like draws^discount, as identifiers in real code do.
 */
class NamePool {
  private names: string[] = [];
  private counts: number[] = [];
  /** One entry per draw, so a uniform pick is a pick in proportion to use. */
  private draws: number[] = [];
  private index = new Map<string, number>();

  constructor(
    private make: (rand: Random) => string,
    private discount = 0.62,
    private concentration = 40,
  ) {}

  get distinct(): number {
    return this.names.length;
  }

  draw(rand: Random): string {
    const n = this.draws.length;
    const k = this.names.length;
    let id: number | undefined;
    if (rand.next() >= (this.concentration + this.discount * k) / (this.concentration + n)) {
      // An earlier name, in proportion to (uses − discount): pick a use, accept by the correction.
      while (id === undefined) {
        const candidate = this.draws[Math.floor(rand.next() * n)] as number;
        const uses = this.counts[candidate] as number;
        if (rand.next() < (uses - this.discount) / uses) id = candidate;
      }
    } else {
      const name = this.make(rand);
      id = this.index.get(name);
      if (id === undefined) {
        id = this.names.length;
        this.names.push(name);
        this.counts.push(0);
        this.index.set(name, id);
      }
    }
    this.counts[id] = (this.counts[id] as number) + 1;
    this.draws.push(id);
    return this.names[id] as string;
  }

  /** Names from most to least used. */
  ranked(): string[] {
    return this.names
      .map((name, id) => ({ name, uses: this.counts[id] as number }))
      .sort((a, b) => b.uses - a.uses)
      .map((e) => e.name);
  }
}

const capitalize = (word: string) => (word[0] ?? '').toUpperCase() + word.slice(1);
const camel = (parts: string[]) => parts.map((p, i) => (i === 0 ? p : capitalize(p))).join('');

/** Everything the generator draws from, set up once per corpus. */
class Generator {
  private prose = new Zipf(VOCABULARY, 1.0, 2.7);
  private devNouns = new Zipf(DEV_NOUNS, 1.1);
  private domainNouns = new Zipf(DOMAIN_NOUNS, 0.9);
  private verbs = new Zipf(DEV_VERBS, 1.1);
  private qualifiers = new Zipf(QUALIFIERS, 1.0);
  private tech = new Zipf(TECH, 1.2);
  private tags = new Zipf([...TOPIC_TAGS, ...TECH], 1.1);
  private suffixes = new Zipf(CLASS_SUFFIXES, 1.0);

  readonly pyFunctions = new NamePool((r) => this.functionParts(r).join('_'));
  readonly pyVariables = new NamePool((r) => this.variableParts(r).join('_'));
  readonly jsFunctions = new NamePool((r) => this.jsFunction(r));
  readonly jsVariables = new NamePool((r) => camel(this.variableParts(r)));
  /** Classes and components in both languages. */
  readonly classes = new NamePool((r) => this.className(r));
  readonly constants = new NamePool((r) => this.constantName(r), 0.5, 20);

  constructor(private rand: Random) {}

  noun(r: Random): string {
    return r.chance(0.6) ? this.devNouns.draw(r) : this.domainNouns.draw(r);
  }

  /** A function name's words: a verb and what it acts on. */
  private functionParts(r: Random): string[] {
    const u = r.next();
    const noun = this.noun(r);
    if (u < 0.45) return [this.verbs.draw(r), noun];
    if (u < 0.62) return [this.verbs.draw(r), this.qualifiers.draw(r), noun];
    if (u < 0.8) return [this.verbs.draw(r), this.noun(r), noun];
    if (u < 0.87)
      return [this.verbs.draw(r), noun, r.pick(['by', 'for', 'or', 'from']), this.noun(r)];
    if (u < 0.95) return [r.pick(['is', 'has', 'can', 'should']), noun];
    return [`_${this.verbs.draw(r)}`, noun];
  }

  /** A variable name's words: what it holds. */
  private variableParts(r: Random): string[] {
    const u = r.next();
    const noun = this.noun(r);
    if (u < 0.35) return [this.qualifiers.draw(r), noun];
    if (u < 0.65) return [this.noun(r), r.chance(0.5) ? pluralize(noun) : noun];
    if (u < 0.85) return [noun, r.pick(['count', 'ids', 'list', 'map', 'id', 'at', 'qs', 'data'])];
    return [this.qualifiers.draw(r), this.noun(r), noun];
  }

  private jsFunction(r: Random): string {
    const u = r.next();
    if (u < 0.1) return camel(['use', this.noun(r), this.noun(r)]);
    if (u < 0.18) return camel(['handle', this.noun(r), r.pick(['click', 'change', 'submit'])]);
    if (u < 0.24) return camel(['on', this.noun(r), r.pick(['change', 'select', 'close'])]);
    return camel(this.functionParts(r).map((p) => p.replace(/^_/, '')));
  }

  private className(r: Random): string {
    const parts = r.chance(0.3) ? [this.qualifiers.draw(r), this.noun(r)] : [this.noun(r)];
    if (r.chance(0.4)) parts.push(this.noun(r));
    return parts.map(capitalize).join('') + this.suffixes.draw(r);
  }

  private constantName(r: Random): string {
    const parts = [this.qualifiers.draw(r), this.noun(r)];
    if (r.chance(0.4)) parts.push(r.pick(['count', 'size', 'seconds', 'url', 'key', 'limit']));
    return parts.join('_').toUpperCase();
  }

  word(): string {
    return this.prose.draw(this.rand);
  }

  techName(): string {
    return this.tech.draw(this.rand);
  }

  tagList(): string[] {
    return [
      ...new Set(Array.from({ length: this.rand.int(0, 4) }, () => this.tags.draw(this.rand))),
    ];
  }

  suffix(): string {
    return this.suffixes.draw(this.rand);
  }
}

/** The identifiers one item is about: it uses them again and again, as real code does. */
interface Locals {
  python: boolean;
  functions: string[];
  variables: string[];
  classes: string[];
  constants: string[];
}

const PY_BASES = list(`models.Model APIView ModelSerializer TestCase Exception BaseModel
  forms.ModelForm admin.ModelAdmin generics.ListAPIView object`);
const JS_BASES = list(`Error EventTarget Component`);
const PY_FIELDS = list(`CharField(max_length=120) ForeignKey(User,on_delete=models.CASCADE)
  DateTimeField(auto_now_add=True) BooleanField(default=False) IntegerField(default=0)
  TextField(blank=True) JSONField(default=dict) DecimalField(max_digits=10,decimal_places=2)`);
const PY_DECORATORS = list(`@property @staticmethod @classmethod @login_required @transaction.atomic
  @shared_task @pytest.fixture @cached_property @receiver(post_save) @action(detail=True)`);

class ItemWriter {
  constructor(
    private g: Generator,
    private r: Random,
  ) {}

  locals(): Locals {
    const { g, r } = this;
    const python = r.chance(0.6);
    const draw = (source: NamePool, lo: number, hi: number) => [
      ...new Set(Array.from({ length: r.int(lo, hi) }, () => source.draw(r))),
    ];
    return {
      python,
      functions: draw(python ? g.pyFunctions : g.jsFunctions, 1, 4),
      variables: draw(python ? g.pyVariables : g.jsVariables, 1, 5),
      classes: draw(g.classes, 0, 3),
      constants: draw(g.constants, 0, 1),
    };
  }

  /** A name for this item: mostly its own, sometimes one from elsewhere or a plain word. */
  private name(l: Locals, kind: 'functions' | 'variables' | 'classes' | 'constants'): string {
    const own = l[kind];
    if (own.length > 0 && this.r.chance(0.85)) return this.r.pick(own);
    if (kind === 'classes') return this.g.classes.draw(this.r);
    if (kind === 'constants') return this.g.constants.draw(this.r);
    if (this.r.chance(0.4)) return this.g.noun(this.r);
    const { pyFunctions, pyVariables, jsFunctions, jsVariables } = this.g;
    if (kind === 'functions') return (l.python ? pyFunctions : jsFunctions).draw(this.r);
    return (l.python ? pyVariables : jsVariables).draw(this.r);
  }

  private words(count: number): string {
    return Array.from({ length: count }, () => this.g.word()).join(' ');
  }

  /** A sentence of prose with the odd identifier or tool name in it. */
  sentence(l: Locals): string {
    const { r } = this;
    const length = r.int(5, 24);
    const out: string[] = [];
    for (let i = 0; i < length; i++) {
      const u = r.next();
      if (u < 0.05) out.push(`\`${this.name(l, r.pick(['functions', 'variables', 'classes']))}\``);
      else if (u < 0.07) out.push(capitalize(this.g.techName()));
      else out.push(this.g.word());
    }
    const text = out.join(' ');
    return `${capitalize(text)}${r.pick(['.', '.', '.', '.', '?', ':', '!'])}`;
  }

  /** Markdown prose of about `words` words: paragraphs, sometimes a bullet list. */
  prose(l: Locals, words: number): string {
    const { r } = this;
    const paragraphs: string[] = [];
    let written = 0;
    while (written < words) {
      const lines: string[] = [];
      const bullets = r.chance(0.15);
      const sentences = r.int(1, 5);
      for (let i = 0; i < sentences && written < words; i++) {
        const s = this.sentence(l);
        written += s.split(' ').length;
        lines.push(bullets ? `- ${s}` : s);
      }
      paragraphs.push(lines.join(bullets ? '\n' : ' '));
    }
    return paragraphs.join('\n\n');
  }

  /** A few lines of Python or JavaScript using the item's names. */
  code(l: Locals, lines: number): string {
    return (l.python ? this.python(l, lines) : this.javascript(l, lines)).join('\n');
  }

  private python(l: Locals, lines: number): string[] {
    const { r } = this;
    const out: string[] = [];
    const fn = () => this.name(l, 'functions');
    const v = () => this.name(l, 'variables');
    if (r.chance(0.5))
      out.push(
        `from ${this.g.noun(r)}.${pluralize(this.g.noun(r))} import ${this.name(l, 'classes')}, ${fn()}`,
      );
    if (l.classes.length > 0 && r.chance(0.4)) {
      out.push(`class ${this.name(l, 'classes')}(${r.pick(PY_BASES)}):`);
      while (out.length < lines - 2) {
        out.push(`    ${v()} = models.${r.pick(PY_FIELDS)}`);
        if (r.chance(0.2)) break;
      }
      out.push('');
    }
    if (r.chance(0.3)) out.push(r.pick(PY_DECORATORS));
    out.push(`def ${fn()}(${v()}, ${v()}=None):`);
    while (out.length < lines - 1) {
      const u = r.next();
      if (u < 0.3)
        out.push(`    ${v()} = ${this.name(l, 'classes')}.objects.filter(${v()}=${v()})`);
      else if (u < 0.55) out.push(`    ${v()} = ${fn()}(${v()}, ${v()}=${r.int(0, 100)})`);
      else if (u < 0.65)
        out.push(
          `    if not ${v()}:\n        raise ${this.name(l, 'classes')}(f"${this.words(4)} {${v()}}")`,
        );
      else if (u < 0.75) out.push(`    for ${v()} in ${v()}.${fn()}():`);
      else if (u < 0.85) out.push(`    # ${this.words(r.int(3, 10))}`);
      else if (u < 0.92) out.push(`    ${v()}.${fn()}(${this.name(l, 'constants')})`);
      else
        out.push(
          `    logger.${r.pick(['info', 'warning', 'debug'])}("${this.words(r.int(2, 6))}", ${v()})`,
        );
    }
    out.push(`    return ${v()}`);
    return out;
  }

  private javascript(l: Locals, lines: number): string[] {
    const { r } = this;
    const out: string[] = [];
    const fn = () => this.name(l, 'functions');
    const v = () => this.name(l, 'variables');
    if (r.chance(0.5))
      out.push(
        `import { ${fn()}, ${this.name(l, 'classes')} } from '${r.pick(['./', '../', '@/'])}${this.g.noun(r)}';`,
      );
    if (l.classes.length > 0 && r.chance(0.25)) {
      out.push(`export class ${this.name(l, 'classes')} extends ${r.pick(JS_BASES)} {`);
      out.push(`  ${v()} = ${r.pick(['null', '[]', '{}', '0', 'false'])};`, '}');
    }
    out.push(
      `export ${r.chance(0.5) ? 'async ' : ''}function ${fn()}(${v()}, { ${v()} = ${r.int(0, 50)} } = {}) {`,
    );
    while (out.length < lines - 1) {
      const u = r.next();
      if (u < 0.3)
        out.push(`  const ${v()} = await ${fn()}(${v()}, ${this.name(l, 'constants')});`);
      else if (u < 0.5)
        out.push(
          `  const ${v()} = ${v()}.${r.pick(['map', 'filter', 'find'])}((${v()}) => ${v()}.${v()});`,
        );
      else if (u < 0.6)
        out.push(`  if (!${v()}) throw new ${this.name(l, 'classes')}('${this.words(4)}');`);
      else if (u < 0.72) out.push(`  // ${this.words(r.int(3, 10))}`);
      else if (u < 0.85) out.push(`  ${v()}.${fn()}(${v()});`);
      else
        out.push(
          `  console.${r.pick(['log', 'warn', 'error'])}('${this.words(r.int(2, 5))}', ${v()});`,
        );
    }
    out.push(`  return ${v()};`, '}');
    return out;
  }

  /** A title like the ones people give their notes. */
  title(l: Locals): string {
    const { g, r } = this;
    const ident = () => this.name(l, r.pick(['functions', 'classes', 'variables']));
    const tech = capitalize(g.techName());
    const noun = g.noun(r);
    switch (r.int(0, 9)) {
      case 0:
        return `How to ${r.pick(DEV_VERBS)} ${pluralize(noun)} in ${tech}`;
      case 1:
        return `${tech}: ${ident()} ${g.word()} ${g.word()}`;
      case 2:
        return `${ident()} vs ${ident()}`;
      case 3:
        return `Fix ${capitalize(noun)}${g.suffix()} ${r.pick(['when', 'after', 'during'])} ${inflect(r.pick(DEV_VERBS))[1]} ${pluralize(g.noun(r))}`;
      case 4:
        return `Why ${ident()} returns ${r.pick(['None', 'null', 'an empty list', 'undefined', 'stale data'])}`;
      case 5:
        return `${tech} ${noun} ${g.noun(r)} cheatsheet`;
      case 6:
        return `TIL: ${ident()} ${g.word()} ${g.word()} ${g.word()}`;
      case 7:
        return `${capitalize(g.word())} ${noun} ${g.word()} notes`;
      case 8:
        return `${capitalize(r.pick(DEV_VERBS))} ${g.noun(r)} ${noun} with ${ident()}`;
      default:
        return `${capitalize(noun)} ${g.word()}: ${this.words(r.int(1, 4))}`;
    }
  }

  pageTitle(l: Locals): string {
    const { g, r } = this;
    const tech = capitalize(g.techName());
    switch (r.int(0, 3)) {
      case 0:
        return `${capitalize(g.noun(r))} ${g.noun(r)} | ${tech} documentation`;
      case 1:
        return `${this.name(l, 'functions')} — ${tech} ${g.noun(r)} reference`;
      case 2:
        return `How do I ${r.pick(DEV_VERBS)} a ${g.noun(r)} ${g.word()} ${g.word()}? - Stack Overflow`;
      default:
        return `${capitalize(r.pick(DEV_VERBS))} ${g.noun(r)} ${g.word()} · Issue #${r.int(10, 9999)} · ${g.techName()}/${g.techName()}`;
    }
  }
}

export interface SyntheticCorpus {
  docs: SearchDoc[];
  /** The same items as stored records. */
  records: ({ kind: 'note'; note: UserNote } | { kind: 'snippet'; snippet: Snippet })[];
  /** Distinct generated identifiers, most used first. */
  identifiers: string[];
}

/**
 * `count` items, about 70% notes (Markdown with fenced and inline code, 50–400 words of prose) and
 * 30% snippets (several lines of code with a note). The same seed gives the same items, and item
 * `i` does not depend on `count`: a smaller corpus is a prefix of a larger one.
 */
export function generateCorpus(count: number, seed = 42): SyntheticCorpus {
  const rand = new Random(seed);
  const g = new Generator(rand);
  const w = new ItemWriter(g, rand);
  const epoch = Date.UTC(2024, 0, 1);
  const docs: SearchDoc[] = [];
  const records: SyntheticCorpus['records'] = [];
  for (let i = 0; i < count; i++) {
    const l = w.locals();
    const tags = g.tagList();
    const at = epoch + i * 3_600_000;
    if (rand.chance(0.7)) {
      const blocks: string[] = [w.prose(l, rand.logInt(50, 400))];
      const fences = rand.chance(0.75) ? rand.int(1, 2) : 0;
      for (let f = 0; f < fences; f++) {
        const language = l.python ? 'python' : rand.pick(['js', 'ts', 'javascript']);
        const code = w.code(l, rand.int(3, 14));
        blocks.splice(rand.int(0, blocks.length), 0, `\`\`\`${language}\n${code}\n\`\`\``);
      }
      const note: UserNote = {
        id: `synthetic-${i}`,
        title: w.title(l),
        body: blocks.join('\n\n'),
        tags,
        createdAt: at,
        updatedAt: at,
      };
      docs.push(noteDoc(note));
      records.push({ kind: 'note', note });
    } else {
      const language = l.python ? 'python' : 'javascript';
      const snippet: Snippet = {
        id: `synthetic-${i}`,
        text: w.code(l, rand.int(3, 24)),
        language,
        pageUrl: `https://example.com/${i}`,
        pageTitle: w.pageTitle(l),
        pageKey: `example.com/${i}`,
        note: rand.chance(0.8) ? w.prose(l, rand.logInt(20, 150)) : '',
        tags,
        createdAt: at,
        updatedAt: at,
      };
      docs.push(snippetDoc(snippet));
      records.push({ kind: 'snippet', snippet });
    }
  }
  const identifiers = [
    g.pyFunctions,
    g.pyVariables,
    g.jsFunctions,
    g.jsVariables,
    g.classes,
    g.constants,
  ].flatMap((p) => p.ranked());
  return { docs, records, identifiers };
}

export function syntheticCorpus(count: number, seed = 42): SearchDoc[] {
  return generateCorpus(count, seed).docs;
}

/** `word` with one typo: a letter dropped, doubled, swapped with the next, or replaced. */
export function withTypo(word: string, rand: Random): string {
  const letters = [...word];
  // Leave the first two letters alone: people rarely mistype the start of a word.
  const at = rand.int(2, Math.max(2, letters.length - 2));
  const letter = letters[at] ?? '';
  switch (rand.int(0, 3)) {
    case 0:
      letters.splice(at, 1);
      break;
    case 1:
      letters.splice(at, 0, letter);
      break;
    case 2:
      letters[at] = letters[at + 1] ?? letter;
      letters[at + 1] = letter;
      break;
    default:
      letters[at] = letter === 'e' ? 'a' : 'e';
  }
  return letters.join('');
}
