var precedence = a ?? b || c && d == e < f + g * h
var leftAssoc = a - b - c
var comparisons = a =~ b && c !~ d || e != f && g >= h && i <= j && k > l
var unaryOps = !a && -b < -1
var grouped = (a + b) * c
var ternary = a ? b : c ? d : e
var ternaryLines = cond
  ? { x: 1 }
  : [
      2
    ]
var coalesce = a.?b.?c ?? d[?0] ?? e['k']
var nonNull = vnet!.outputs.ids![0]
var nested = parent::child::grandchild.properties
var calls = sys.concat(az.resourceGroup().id, f(), g(1, 2))
var methodCall = storage.listKeys().keys[0].value
var multiLineCall = union(
  a,
  b
)
var lambdas = map(filter(items, x => x.enabled), (item, i) => { index: i, name: item.name })
var noArgLambda = () => 1
var reduced = reduce(list, {}, (cur, next) => union(cur, next))
var singleLine = { a: 1, b: 'two', c: [1, 2, 3] }
var trailingComma = [1, 2, ]
var spreadObject = {
  ...base
  extra: true
  ...(cond ? { x: 1 } : {})
}
var spreadArray = [...first, ...second]
var loop = [for item in items: item.name]
var indexedLoop = [for (item, i) in items: {
  name: '${item}-${i}'
}]
var filteredLoop = [for item in items: if (item.enabled) item]
var multiLineLoop = [
  for (zone, i) in zones: if (!empty(zone)) {
    name: zone
  }
]
var rangeLoop = [for i in range(0, 3): i * 2]
var literals = [true, false, null, 0, 9007199254740993]
