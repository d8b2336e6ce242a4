import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  flatten,
  formatP
} from "./chunk-2MIYBR4Q.js";
import {
  __commonJS,
  __toESM
} from "./chunk-SN3NTARJ.js";

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template2;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template2(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars.noConflict = function() {
        if (globalThis.Handlebars === Handlebars) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime2 = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb2 = new base.HandlebarsEnvironment();
      Utils.extend(hb2, base);
      hb2.SafeString = _handlebarsSafeString2["default"];
      hb2.Exception = _handlebarsException2["default"];
      hb2.Utils = Utils;
      hb2.escapeExpression = Utils.escapeExpression;
      hb2.VM = runtime2;
      hb2.template = function(spec) {
        return runtime2.template(spec, hb2);
      };
      return hb2;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports, module) {
    module.exports = require_handlebars_runtime()["default"];
  }
});

// src/render/site/history.ts
var countAt = (c, i) => c.spread ? c.spread.count[i] : Number.isNaN(c.value[i]) ? 0 : 1;
var minAt = (c, i) => c.spread ? c.spread.min[i] : c.value[i];
var maxAt = (c, i) => c.spread ? c.spread.max[i] : c.value[i];
function emptyColumn(name) {
  return { name, length: 0, value: new Float64Array(16) };
}
function grow(a, n) {
  if (n <= a.length) return a;
  const b = new Float64Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}
function appendRow(c, value, min, max, count) {
  const i = c.length;
  c.value = grow(c.value, i + 1);
  c.value[i] = value;
  const plain = Number.isNaN(value) ? count === 0 : count === 1 && min === value && max === value;
  if (!plain && !c.spread) {
    const spread = {
      min: new Float64Array(c.value.length),
      max: new Float64Array(c.value.length),
      count: new Float64Array(c.value.length)
    };
    for (let k = 0; k < i; k++) {
      spread.min[k] = spread.max[k] = c.value[k];
      spread.count[k] = Number.isNaN(c.value[k]) ? 0 : 1;
    }
    c.spread = spread;
  }
  if (c.spread) {
    const s = c.spread;
    s.min = grow(s.min, i + 1);
    s.max = grow(s.max, i + 1);
    s.count = grow(s.count, i + 1);
    s.min[i] = min;
    s.max[i] = max;
    s.count[i] = count;
  }
  c.length = i + 1;
}
function trimmed(c, capacity = c.length) {
  const out = { ...c, value: sized(c.value, c.length, capacity) };
  if (c.spread)
    out.spread = {
      min: sized(c.spread.min, c.length, capacity),
      max: sized(c.spread.max, c.length, capacity),
      count: sized(c.spread.count, c.length, capacity)
    };
  return out;
}
function sized(a, length, capacity) {
  const out = new Float64Array(capacity);
  out.set(a.subarray(0, Math.min(length, capacity)));
  return out;
}
var emptyHistory = (name) => ({
  name,
  length: 0,
  seq: new Float64Array(16),
  runIds: [],
  commits: [],
  metrics: /* @__PURE__ */ new Map()
});
function addRow(h, { seq, commit, row }) {
  const i = addMetaRow(h, seq, row, emptyColumn);
  h.runIds.push(row.runIds.length === 1 ? row.runIds[0] : row.runIds);
  h.commits.push(commit);
  for (const [metric, v] of row.metrics) {
    const col = h.metrics.get(metric);
    while (col.length < i) appendRow(col, NaN, NaN, NaN, 0);
    appendRow(col, v.value, v.min, v.max, v.count);
  }
}
function addMetaRow(m, seq, row, newColumn = (name) => ({ name })) {
  if (row.group) m.group = row.group;
  const i = m.length;
  m.seq = grow(m.seq, i + 1);
  m.seq[i] = seq;
  m.length = i + 1;
  for (const [metric, v] of row.metrics) {
    let col = m.metrics.get(metric);
    if (!col) m.metrics.set(metric, col = newColumn(metric));
    if (v.goal) col.goal = v.goal;
    if (v.unit) col.unit = v.unit;
  }
  return i;
}
function padColumns(h) {
  for (const col of h.metrics.values()) while (col.length < h.length) appendRow(col, NaN, NaN, NaN, 0);
}
function runIdsAt(h, i) {
  const r = h.runIds[i];
  return r === void 0 ? [] : typeof r === "string" ? [r] : r;
}
var firstRunId = (h, i) => runIdsAt(h, i)[0] ?? "";
function trimmedHistory(h, capacity = h.length) {
  return {
    ...h,
    seq: sized(h.seq, h.length, capacity),
    runIds: h.runIds.slice(0, h.length),
    commits: h.commits.slice(0, h.length),
    metrics: new Map([...h.metrics].map(([k, c]) => [k, trimmed(c, capacity)]))
  };
}
function historyBuffers(h) {
  const out = [h.seq.buffer];
  for (const c of h.metrics.values()) {
    out.push(c.value.buffer);
    if (c.spread) out.push(c.spread.min.buffer, c.spread.max.buffer, c.spread.count.buffer);
  }
  return out;
}
var savedCapacity = (length) => (Math.floor(length / 256) + 1) * 256;
function entryRows(entry) {
  const byName = /* @__PURE__ */ new Map();
  for (const m of entry.runs) {
    const list = byName.get(m.run.name);
    if (list) list.push(m);
    else byName.set(m.run.name, [m]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [name, replicas] of byName) {
    const acc = /* @__PURE__ */ new Map();
    for (const r of replicas)
      for (const metric in r.metrics) {
        if (!Object.hasOwn(r.metrics, metric)) continue;
        const o = r.metrics[metric];
        let a = acc.get(metric);
        if (!a) acc.set(metric, a = { values: [], samples: [] });
        if (typeof o === "number") {
          a.values.push(o);
          a.samples.push(o);
          continue;
        }
        a.values.push(o.value);
        if (o.samples?.length) a.samples.push(...o.samples);
        else a.samples.push(o.value);
        if (o.goal) a.goal = o.goal;
        if (o.unit) a.unit = o.unit;
      }
    const metrics = /* @__PURE__ */ new Map();
    for (const [metric, a] of acc) {
      let sum = 0;
      for (const v of a.values) sum += v;
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of a.samples) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      metrics.set(metric, {
        value: sum / a.values.length,
        min: lo,
        max: hi,
        count: a.samples.length,
        ...a.goal ? { goal: a.goal } : {},
        ...a.unit ? { unit: a.unit } : {}
      });
    }
    const group = replicas.find((r) => r.run.group)?.run.group;
    out.set(name, { ...group ? { group } : {}, runIds: replicas.map((r) => r.run.id), metrics });
  }
  return out;
}
var RecentValues = class {
  constructor(keep, values = /* @__PURE__ */ new Map()) {
    this.keep = keep;
    this.values = values;
  }
  keep;
  values;
  /** The values kept, by run name and metric (what a build saves for the next one to go on with). */
  get data() {
    return this.values;
  }
  add(rows) {
    for (const [name, row] of rows) {
      let per = this.values.get(name);
      if (!per) this.values.set(name, per = /* @__PURE__ */ new Map());
      for (const [metric, v] of row.metrics) {
        if (Number.isNaN(v.value)) continue;
        const list = per.get(metric);
        if (!list) per.set(metric, [v.value]);
        else {
          list.push(v.value);
          if (list.length > this.keep) list.shift();
        }
      }
    }
  }
  /** The recent values of one run name, by metric (as compare takes them). */
  get(name) {
    const per = this.values.get(name);
    return per && Object.fromEntries(per);
  }
  /** A copy of the recent values of these run names (run names never seen are left out). */
  of(names) {
    const out = /* @__PURE__ */ new Map();
    for (const n of names) {
      const per = this.values.get(n);
      if (per) out.set(n, new Map([...per].map(([k, v]) => [k, v.slice()])));
    }
    return out;
  }
};
var identity = new Int32Array(0);
function presentValues(col) {
  let present = 0;
  for (let i = 0; i < col.length; i++) if (!Number.isNaN(col.value[i])) present++;
  if (present === col.length) {
    if (identity.length < present)
      identity = Int32Array.from({ length: Math.max(present, identity.length * 2) }, (_, i) => i);
    return { idx: identity.subarray(0, present), values: col.value.subarray(0, present) };
  }
  const idx = new Int32Array(present);
  const values = new Float64Array(present);
  for (let i = 0, k = 0; i < col.length; i++) {
    const v = col.value[i];
    if (!Number.isNaN(v)) {
      idx[k] = i;
      values[k++] = v;
    }
  }
  return { idx, values };
}

// src/render/site/slug.ts
import { createHash } from "node:crypto";
function shortHash(text, len = 8) {
  return createHash("sha256").update(text).digest("hex").slice(0, len);
}
var memo = /* @__PURE__ */ new Map();
var MEMO = 2e4;
function slug(name) {
  let s = memo.get(name);
  if (s === void 0) {
    if (memo.size >= MEMO) memo.clear();
    memo.set(name, s = makeSlug(name));
  }
  return s;
}
function makeSlug(name) {
  const base = name.normalize("NFKD").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "").toLowerCase().slice(0, 48);
  return `${base || "x"}-${shortHash(name)}`;
}

// src/render/site/paths.ts
var CHART_POINTS = 120;
var CHART_DOTS = 60;
var TABLE_ROWS = 50;
var COMMITS_PER_PAGE = 200;
var CHUNK = 1e3;
var BLOCK = 100;
var HISTORY_FOR_COMPARE = 20;
var runAnchor = (id) => `run-${slug(id)}`;
var paths = {
  overview: "index.html",
  commitsPage: (k, last) => k === last ? "commits/index.html" : `commits/page-${k}.html`,
  /** one file per entry in one folder: a folder per entry would cost a mkdir each */
  entry: (seq) => `c/${seq}.html`,
  /** a recorded run: its section on its commit's page */
  run: (seq, id) => `c/${seq}.html#${runAnchor(id)}`,
  runName: (name) => `r/${slug(name)}/index.html`,
  metric: (name, metric) => `r/${slug(name)}/${slug(metric)}.html`,
  /** chunk k (its block b, while it is the open chunk) of a run name's history */
  data: (name, k, ext, b) => `data/${slug(name)}/history-${k + 1}${b === void 0 ? "" : `-${b + 1}`}.${ext}`
};

// src/render/site/format.ts
function num(v) {
  if (v === null || v === void 0 || Number.isNaN(v)) return "\u2014";
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return v.toLocaleString("en-US");
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e9)) return v.toExponential(3);
  return String(Number(v.toPrecision(5)));
}
function signed(v) {
  if (v === null || v === void 0 || Number.isNaN(v)) return "\u2014";
  return (v > 0 ? "+" : v < 0 ? "\u2212" : "\xB1") + num(Math.abs(v));
}
function percent(v) {
  if (v === null || v === void 0 || !Number.isFinite(v)) return "\u2014";
  const p = v * 100;
  return (p > 0 ? "+" : p < 0 ? "\u2212" : "\xB1") + Number(Math.abs(p).toPrecision(3)) + "%";
}
function pValue(p) {
  return p === null || p === void 0 ? "\u2014" : formatP(p);
}
function shortSha(sha) {
  return sha ? sha.slice(0, 7) : "(no commit)";
}
function when(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}
function jsonText(v) {
  if (v === void 0) return "";
  if (typeof v === "string") return v;
  return JSON.stringify(v) ?? "";
}
function flatten2(v, prefix = "") {
  return [...flatten(v, prefix)].map(([key, value]) => ({ key, value: jsonText(value) }));
}

// src/render/site/html.ts
var import_runtime = __toESM(require_runtime2(), 1);

// src/render/site/templates.gen.js
var specs = {
  "commitTable": { "0": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<tr><td><a href="' + alias2(alias1(depths[1] != null ? lookupProperty(depths[1], "root") : depths[1], depth0)) + alias2(alias1(depth0 != null ? lookupProperty(depth0, "href") : depth0, depth0)) + '"><code>' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "short") : depth0, depth0)) + "</code></a></td><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "subject") : depth0, depth0)) + "</td><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "branch") : depth0, depth0)) + "</td><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "when") : depth0, depth0)) + '</td><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "runs") : depth0, depth0)) + "</td><td>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "verdict") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.program(2, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 5, "column": 158 }, "end": { "line": 5, "column": 277 } } })) != null ? stack1 : "") + "</td></tr>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<span class="badge ' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "verdict") : depth0) != null ? lookupProperty(stack1, "tone") : stack1, depth0)) + '">' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "verdict") : depth0) != null ? lookupProperty(stack1, "label") : stack1, depth0)) + "</span>";
  }, "2": function(container, depth0, helpers, partials, data) {
    return '<span class="muted">\u2014</span>';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<div class="scroll"><table class="sortable">\n<thead><tr><th scope="col">Commit</th><th scope="col">Subject</th><th scope="col">Branch</th><th scope="col">Recorded</th><th scope="col" class="num">Runs</th><th scope="col">Verdict</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "rows") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 6, "column": 9 } } })) != null ? stack1 : "") + "</tbody></table></div>\n";
  }, "useData": true, "useDepths": true },
  "commit": { "0": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "subject") : depth0, depth0)) + " \xB7 ";
  }, "1": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " on " + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "branch") : depth0, depth0));
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '; compared with the commit recorded before it, <a href="' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "previous") : depth0) != null ? lookupProperty(stack1, "href") : stack1, depth0)) + '"><code>' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "previous") : depth0) != null ? lookupProperty(stack1, "short") : stack1, depth0)) + "</code></a>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<a href="#' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "anchor") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "name") : depth0, depth0)) + '</a> <span class="muted">(' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "id") : depth0, depth0)) + ")</span>" + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 140 }, "end": { "line": 3, "column": 171 } } })) != null ? stack1 : "");
  }, "4": function(container, depth0, helpers, partials, data) {
    return " \xB7 ";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.invokePartial(lookupProperty(partials, "report"), depth0 != null ? lookupProperty(depth0, "report") : depth0, { "name": "report", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h2>Verdict</h2>\n<p>The first recorded commit" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "branch") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 28 }, "end": { "line": 8, "column": 63 } } })) != null ? stack1 : "") + ": nothing to compare with.</p>\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="shared-h">\n<h3 id="shared-h">Shared by every run of this commit</h3>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "code") : stack1, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 14, "column": 171 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "params") : stack1, { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 15, "column": 162 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "datasets") : stack1, { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 16, "column": 91 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "environment") : stack1, { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 17, "column": 187 } } })) != null ? stack1 : "") + "\n</section>\n";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h4>Code</h4>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = (stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "view") : stack1) != null ? lookupProperty(stack1, "codeRows") : stack1) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.program(10, data, 0), "data": data, "loc": { "start": { "line": 14, "column": 32 }, "end": { "line": 14, "column": 164 } } })) != null ? stack1 : "");
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.invokePartial(lookupProperty(partials, "kv"), depth0, { "name": "kv", "hash": { "rows": (stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "view") : stack1) != null ? lookupProperty(stack1, "codeRows") : stack1 }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  }, "10": function(container, depth0, helpers, partials, data) {
    return '<p class="warn">No code provenance recorded.</p>';
  }, "11": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h4>Parameters</h4>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = (stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "view") : stack1) != null ? lookupProperty(stack1, "params") : stack1) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.program(13, data, 0), "data": data, "loc": { "start": { "line": 15, "column": 40 }, "end": { "line": 15, "column": 155 } } })) != null ? stack1 : "");
  }, "12": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.invokePartial(lookupProperty(partials, "kv"), depth0, { "name": "kv", "hash": { "rows": (stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "view") : stack1) != null ? lookupProperty(stack1, "params") : stack1 }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  }, "13": function(container, depth0, helpers, partials, data) {
    return '<p class="muted">None recorded.</p>';
  }, "14": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h4>Datasets</h4>" + ((stack1 = container.invokePartial(lookupProperty(partials, "datasets"), depth0, { "name": "datasets", "hash": { "datasets": (stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "view") : stack1) != null ? lookupProperty(stack1, "datasets") : stack1 }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "15": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h4>Environment</h4>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = (stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "view") : stack1) != null ? lookupProperty(stack1, "environment") : stack1) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.program(17, data, 0), "data": data, "loc": { "start": { "line": 17, "column": 46 }, "end": { "line": 17, "column": 180 } } })) != null ? stack1 : "");
  }, "16": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.invokePartial(lookupProperty(partials, "kv"), depth0, { "name": "kv", "hash": { "rows": (stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "view") : stack1) != null ? lookupProperty(stack1, "environment") : stack1 }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  }, "17": function(container, depth0, helpers, partials, data) {
    return '<p class="warn">No environment recorded.</p>';
  }, "18": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.invokePartial(lookupProperty(partials, "runSection"), depth0, { "name": "runSection", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h1>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "title") : depth0, depth0)) + '</h1>\n<p class="lede">' + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "subject") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 16 }, "end": { "line": 2, "column": 52 } } })) != null ? stack1 : "") + "recorded " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "recordedAt") : depth0, depth0)) + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "branch") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 75 }, "end": { "line": 2, "column": 110 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "previous") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 110 }, "end": { "line": 2, "column": 243 } } })) != null ? stack1 : "") + '.</p>\n<nav aria-label="Runs of this commit"><p>Runs recorded: ' + ((stack1 = lookupProperty(helpers, "each").call(alias3, depth0 != null ? lookupProperty(depth0, "runs") : depth0, { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 56 }, "end": { "line": 3, "column": 180 } } })) != null ? stack1 : "") + "</p></nav>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "report") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 9, "column": 7 } } })) != null ? stack1 : "") + '<h2 id="runs-h">Runs and how to reproduce them</h2>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "any") : stack1, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias3, depth0 != null ? lookupProperty(depth0, "runs") : depth0, { "name": "each", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 20, "column": 39 } } })) != null ? stack1 : "") + "\n";
  }, "usePartial": true, "useData": true },
  "commits": { "0": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " of " + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "total") : depth0, depth0));
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h1>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "title") : depth0, depth0)) + '</h1>\n<p class="lede">Recorded commits ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "first") : depth0, depth0)) + "\u2013" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "last") : depth0, depth0)) + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "total") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 51 }, "end": { "line": 2, "column": 84 } } })) != null ? stack1 : "") + ", newest first.</p>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "pager"), depth0, { "name": "pager", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "commitTable"), depth0, { "name": "commitTable", "hash": { "root": depth0 != null ? lookupProperty(depth0, "root") : depth0, "rows": depth0 != null ? lookupProperty(depth0, "rows") : depth0 }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "pager"), depth0, { "name": "pager", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true },
  "comparison": { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h1>" + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "title") : depth0, depth0)) + '</h1>\n<p class="lede">The full comparison report: every run, every metric, every finding and every change.</p>\n' + ((stack1 = container.invokePartial(lookupProperty(partials, "report"), depth0 != null ? lookupProperty(depth0, "report") : depth0, { "name": "report", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true },
  "datasets": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<div class="scroll"><table>\n<thead><tr><th scope="col">Name</th><th scope="col">Location</th><th scope="col">Digest</th><th scope="col">Version</th><th scope="col">Split</th><th scope="col" class="num">Records</th><th scope="col" class="num">Bytes</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "datasets") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 6, "column": 9 } } })) != null ? stack1 : "") + "</tbody></table></div>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<tr><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "name") : depth0, depth0)) + "</td><td>" + ((stack1 = container.invokePartial(lookupProperty(partials, "uri"), depth0, { "name": "uri", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</td><td>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "digest") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 5, "column": 61 }, "end": { "line": 5, "column": 163 } } })) != null ? stack1 : "") + "</td><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "version") : depth0, depth0)) + "</td><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "split") : depth0, depth0)) + '</td><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "records") : depth0, depth0)) + '</td><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "bytes") : depth0, depth0)) + "</td></tr>\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<code class="digest">' + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "digest") : depth0, depth0)) + "</code>";
  }, "3": function(container, depth0, helpers, partials, data) {
    return '<span class="warn">no digest</span>';
  }, "4": function(container, depth0, helpers, partials, data) {
    return '<p class="muted">None recorded.</p>';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "datasets") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 8, "column": 50 } } })) != null ? stack1 : "") + "\n";
  }, "usePartial": true, "useData": true },
  "kv": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<tr><th scope="row">' + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "key") : depth0, depth0)) + "</th><td" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "pre") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 49 }, "end": { "line": 2, "column": 79 } } })) != null ? stack1 : "") + ">" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "code") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 2, "column": 80 }, "end": { "line": 2, "column": 138 } } })) != null ? stack1 : "") + "</td></tr>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    return ' class="pre"';
  }, "2": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<code>" + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "value") : depth0, depth0)) + "</code>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "value") : depth0, depth0));
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<div class="scroll"><table class="kv"><tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "rows") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 3, "column": 9 } } })) != null ? stack1 : "") + "</tbody></table></div>\n";
  }, "useData": true },
  "layout": { "0": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "root") : depth0, depth0)) + 'index.html">Overview</a>\n<a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "root") : depth0, depth0)) + 'commits/index.html">Commits</a>\n';
  }, "1": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<nav class="crumbs" aria-label="Breadcrumb"><ol>' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "crumbs") : depth0, { "name": "each", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 48 }, "end": { "line": 25, "column": 125 } } })) != null ? stack1 : "") + '<li aria-current="page">' + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "title") : depth0, depth0)) + "</li></ol></nav>\n";
  }, "2": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li><a href="' + alias2(alias1(depths[1] != null ? lookupProperty(depths[1], "root") : depths[1], depth0)) + alias2(alias1(depth0 != null ? lookupProperty(depth0, "href") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "label") : depth0, depth0)) + "</a></li>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " on " + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "builtAt") : depth0, depth0));
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>` + alias2(alias1(depth0 != null ? lookupProperty(depth0, "title") : depth0, depth0)) + ' \xB7 runledger</title>\n<link rel="stylesheet" href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "root") : depth0, depth0)) + 'assets/site.css">\n<script src="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "root") : depth0, depth0)) + 'assets/site.js" defer></script>\n</head>\n<body>\n<a class="skip" href="#main">Skip to content</a>\n<header class="top">\n<nav aria-label="Site">\n<a class="brand" href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "root") : depth0, depth0)) + 'index.html">runledger</a>\n' + ((stack1 = lookupProperty(helpers, "unless").call(alias3, depth0 != null ? lookupProperty(depth0, "compareOnly") : depth0, { "name": "unless", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 21, "column": 11 } } })) != null ? stack1 : "") + "</nav>\n</header>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "crumbs") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "") + '<main id="main">\n' + ((stack1 = alias1(depth0 != null ? lookupProperty(depth0, "body") : depth0, depth0)) != null ? stack1 : "") + '\n</main>\n<footer class="foot"><p>Built by runledger ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "version") : depth0, depth0)) + " from " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "source") : depth0, depth0)) + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "builtAt") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 70 }, "end": { "line": 30, "column": 107 } } })) != null ? stack1 : "") + ". Static pages: no server, no tracking, JavaScript optional.</p></footer>\n</body>\n</html>\n";
  }, "useData": true, "useDepths": true },
  "metric": { "0": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "Goal: " + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "goal") : depth0, depth0)) + ". ";
  }, "1": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "Unit: " + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "unit") : depth0, depth0)) + ". ";
  }, "2": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "The last " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "shown") : depth0, depth0)) + " of " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "count") : depth0, depth0)) + " values. ";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  <ul>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "changes") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 6 }, "end": { "line": 19, "column": 74 } } })) != null ? stack1 : "") + "</ul>\n";
  }, "4": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li><span class="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "tone") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "change") : depth0, depth0)) + "</span>\n        (" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "before") : depth0, depth0)) + "\n        \u2192\n        " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "after") : depth0, depth0)) + ",\n        " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "sigmas") : depth0, depth0)) + '\u03C3) at\n        <a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "commitHref") : depth0, depth0)) + '"><code>' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "commit") : depth0, depth0)) + "</code></a></li>";
  }, "5": function(container, depth0, helpers, partials, data) {
    return "<p>None detected: the history is level within its noise.</p>";
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "csv") : depth0, depth0)) + '" download>CSV ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "label") : depth0, depth0)) + '</a>\n    \xB7\n    <a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "json") : depth0, depth0)) + '" download>JSON ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "label") : depth0, depth0)) + "</a>" + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 50 }, "end": { "line": 26, "column": 81 } } })) != null ? stack1 : "");
  }, "7": function(container, depth0, helpers, partials, data) {
    return " \xB7 ";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "The last " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "rows") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) + " values, newest first";
  }, "9": function(container, depth0, helpers, partials, data) {
    return "Every value, newest first";
  }, "10": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '        <tr><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "n") : depth0, depth0)) + '</td><td><a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "commitHref") : depth0, depth0)) + '"><code>' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "commit") : depth0, depth0)) + '</code></a></td><td><a\n              href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "runHref") : depth0, depth0)) + '"\n            >' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "runId") : depth0, depth0)) + '</a></td><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "value") : depth0, depth0)) + '</td><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "samples") : depth0, depth0)) + '</td><td\n            class="num"\n          >' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "min") : depth0, depth0)) + '</td><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "max") : depth0, depth0)) + "</td></tr>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h1>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "metric") : depth0, depth0)) + ' <span class="muted">\xB7 ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "run") : depth0, depth0)) + '</span></h1>\n<p class="lede">' + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "goal") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 16 }, "end": { "line": 2, "column": 51 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "unit") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 51 }, "end": { "line": 2, "column": 86 } } })) != null ? stack1 : "") + alias2(alias1(depth0 != null ? lookupProperty(depth0, "count") : depth0, depth0)) + "\n  recorded\n  " + alias2(lookupProperty(helpers, "plural").call(alias3, depth0 != null ? lookupProperty(depth0, "count") : depth0, "value", "values", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 2 }, "end": { "line": 4, "column": 35 } } })) + "; latest\n  " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "latest") : depth0, depth0)) + ". Noise (\u03C3, from neighbouring values):\n  " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "noise") : depth0, depth0)) + '.</p>\n<figure class="chart-box">\n  ' + ((stack1 = alias1(depth0 != null ? lookupProperty(depth0, "chart") : depth0, depth0)) != null ? stack1 : "") + "\n  <figcaption>" + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "clipped") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 14 }, "end": { "line": 9, "column": 76 } } })) != null ? stack1 : "") + "Blue: recorded value (mean of the run's\n    replicas); green bars: spread of samples; shaded band: segment mean \xB1 2\u03C3; dashed orange lines: change points.</figcaption>\n</figure>\n<h2>Change points</h2>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(5, data, 0), "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 20, "column": 75 } } })) != null ? stack1 : "") + "\n<h2>Values</h2>\n<p>Downloads (every recorded value of every metric of\n  " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "run") : depth0, depth0)) + "):\n  " + ((stack1 = lookupProperty(helpers, "each").call(alias3, depth0 != null ? lookupProperty(depth0, "downloads") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 2 }, "end": { "line": 26, "column": 90 } } })) != null ? stack1 : "") + '</p>\n<div class="scroll"><table class="sortable">\n    <caption>' + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "tableClipped") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.program(9, data, 0), "data": data, "loc": { "start": { "line": 28, "column": 13 }, "end": { "line": 28, "column": 118 } } })) != null ? stack1 : "") + '</caption>\n    <thead><tr><th scope="col" class="num">#</th><th scope="col">Commit</th><th scope="col">Run</th><th\n          scope="col"\n          class="num"\n        >Value</th><th scope="col" class="num">Samples</th><th scope="col" class="num">Min</th><th\n          scope="col"\n          class="num"\n        >Max</th></tr></thead>\n    <tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias3, depth0 != null ? lookupProperty(depth0, "rows") : depth0, { "name": "each", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 6 }, "end": { "line": 43, "column": 15 } } })) != null ? stack1 : "") + "    </tbody></table></div>";
  }, "useData": true },
  "overview": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '; latest: <a href="' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "latest") : depth0) != null ? lookupProperty(stack1, "href") : stack1, depth0)) + '"><code>' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "latest") : depth0) != null ? lookupProperty(stack1, "short") : stack1, depth0)) + "</code></a> " + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "latest") : depth0) != null ? lookupProperty(stack1, "when") : stack1, depth0));
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `<div class="scroll"><table class="sortable">
<caption>Steps detected in each metric's history, newest first</caption>
<thead><tr><th scope="col">Run</th><th scope="col">Metric</th><th scope="col">At commit</th><th scope="col" class="num">Before</th><th scope="col" class="num">After</th><th scope="col" class="num">Change</th></tr></thead>
<tbody>
` + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "changes") : depth0, { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 9 } } })) != null ? stack1 : "") + "</tbody></table></div>\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<tr><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "run") : depth0, depth0)) + '</td><td><a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "href") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "metric") : depth0, depth0)) + '</a></td><td><a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "commitHref") : depth0, depth0)) + '"><code>' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "commit") : depth0, depth0)) + '</code></a></td><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "before") : depth0, depth0)) + '</td><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "after") : depth0, depth0)) + '</td><td class="num ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "tone") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "change") : depth0, depth0)) + "</td></tr>\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    return "<p>No change points: every metric's history is level within its noise.</p>\n";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<tr>\n<td><a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "href") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "name") : depth0, depth0)) + "</a>" + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "group") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 35 }, "end": { "line": 28, "column": 94 } } })) != null ? stack1 : "") + '</td>\n<td><ul class="plain">' + ((stack1 = lookupProperty(helpers, "each").call(alias3, depth0 != null ? lookupProperty(depth0, "headline") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 22 }, "end": { "line": 29, "column": 124 } } })) != null ? stack1 : "") + '</ul></td>\n<td class="spark">' + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "spark") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 30, "column": 18 }, "end": { "line": 30, "column": 85 } } })) != null ? stack1 : "") + "</td>\n<td>" + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "verdict") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.program(10, data, 0), "data": data, "loc": { "start": { "line": 31, "column": 4 }, "end": { "line": 31, "column": 155 } } })) != null ? stack1 : "") + '</td>\n<td><a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "lastHref") : depth0, depth0)) + '"><code>' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "lastCommit") : depth0, depth0)) + "</code></a></td>\n</tr>\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ' <span class="muted">(' + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "group") : depth0, depth0)) + ")</span>";
  }, "6": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li><a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "href") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "name") : depth0, depth0)) + '</a> <span class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "value") : depth0, depth0)) + "</span></li>";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.lambda(depth0 != null ? lookupProperty(depth0, "spark") : depth0, depth0)) != null ? stack1 : "";
  }, "8": function(container, depth0, helpers, partials, data) {
    return '<span class="muted">\u2014</span>';
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<a class="badge ' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "verdict") : depth0) != null ? lookupProperty(stack1, "tone") : stack1, depth0)) + '" href="' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "verdict") : depth0) != null ? lookupProperty(stack1, "href") : stack1, depth0)) + '">' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "verdict") : depth0) != null ? lookupProperty(stack1, "label") : stack1, depth0)) + "</a>";
  }, "10": function(container, depth0, helpers, partials, data) {
    return '<span class="muted">first recording</span>';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h1>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "title") : depth0, depth0)) + '</h1>\n<p class="lede">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "entryCount") : depth0, depth0)) + " recorded " + alias2(lookupProperty(helpers, "plural").call(alias3, depth0 != null ? lookupProperty(depth0, "entryCount") : depth0, "batch", "batches", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 40 }, "end": { "line": 2, "column": 79 } } })) + " of " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "runCount") : depth0, depth0)) + " " + alias2(lookupProperty(helpers, "plural").call(alias3, depth0 != null ? lookupProperty(depth0, "runCount") : depth0, "run", "runs", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 96 }, "end": { "line": 2, "column": 128 } } })) + " across " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "commitCount") : depth0, depth0)) + " " + alias2(lookupProperty(helpers, "plural").call(alias3, depth0 != null ? lookupProperty(depth0, "commitCount") : depth0, "commit", "commits", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 152 }, "end": { "line": 2, "column": 193 } } })) + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "latest") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 193 }, "end": { "line": 2, "column": 299 } } })) != null ? stack1 : "") + '.</p>\n\n<section aria-labelledby="cp-h">\n<h2 id="cp-h">Recent change points</h2>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "") + '</section>\n\n<section aria-labelledby="runs-h">\n<h2 id="runs-h">Runs</h2>\n<div class="scroll"><table class="sortable filterable">\n<caption>Every run name with its latest headline metrics</caption>\n<thead><tr><th scope="col">Run</th><th scope="col">Latest headline metrics</th><th scope="col">Trend</th><th scope="col">Last verdict</th><th scope="col">Last recorded</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias3, depth0 != null ? lookupProperty(depth0, "runs") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 34, "column": 9 } } })) != null ? stack1 : "") + '</tbody></table></div>\n</section>\n\n<section aria-labelledby="commits-h">\n<h2 id="commits-h">Recent recorded commits</h2>\n' + ((stack1 = container.invokePartial(lookupProperty(partials, "commitTable"), depth0, { "name": "commitTable", "hash": { "root": depth0 != null ? lookupProperty(depth0, "root") : depth0, "rows": depth0 != null ? lookupProperty(depth0, "recent") : depth0 }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '<p><a href="commits/index.html">All recorded commits</a></p>\n</section>\n';
  }, "usePartial": true, "useData": true },
  "pager": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<nav class="pager" aria-label="Pages"><ul>' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "pages") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 62 }, "end": { "line": 3, "column": 90 } } })) != null ? stack1 : "") + "</ul></nav>";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "current") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 1, "column": 81 }, "end": { "line": 3, "column": 76 } } })) != null ? stack1 : "") + "</li>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<span\n              aria-current="page"\n            >' + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "label") : depth0, depth0)) + "</span>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "href") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "label") : depth0, depth0)) + "</a>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "pages") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 3, "column": 108 } } })) != null ? stack1 : "";
  }, "useData": true },
  "report": { "0": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>" + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "headline") : depth0, depth0)) + "</p>";
  }, "1": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li><span class="badge ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "tone") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "count") : depth0, depth0)) + " " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "label") : depth0, depth0)) + "</span></li>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<ul>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "gates") : depth0, { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 24 }, "end": { "line": 6, "column": 113 } } })) != null ? stack1 : "") + "</ul>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li><span class="badge ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "tone") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "kind") : depth0, depth0)) + "</span> " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "message") : depth0, depth0)) + "</li>";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.escapeExpression, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="muted">Only what moved is listed: ' + alias1(container.lambda(depth0 != null ? lookupProperty(depth0, "unchangedMetrics") : depth0, depth0)) + " unchanged " + alias1(lookupProperty(helpers, "plural").call(alias2, depth0 != null ? lookupProperty(depth0, "unchangedMetrics") : depth0, "metric", "metrics", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 91 }, "end": { "line": 7, "column": 137 } } })) + " are left out" + ((stack1 = lookupProperty(helpers, "if").call(alias2, (stack1 = depth0 != null ? lookupProperty(depth0, "quiet") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 150 }, "end": { "line": 7, "column": 342 } } })) != null ? stack1 : "") + ".</p>";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ", and these runs had nothing else to report: " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "quiet") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 215 }, "end": { "line": 7, "column": 335 } } })) != null ? stack1 : "");
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "href") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 7, "column": 230 }, "end": { "line": 7, "column": 296 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(alias1, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 296 }, "end": { "line": 7, "column": 326 } } })) != null ? stack1 : "");
  }, "7": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "href") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "name") : depth0, depth0)) + "</a>";
  }, "8": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "name") : depth0, depth0));
  }, "9": function(container, depth0, helpers, partials, data) {
    return ", ";
  }, "10": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="r' + alias2(alias1(data && lookupProperty(data, "index"), depth0)) + '-h">\n<h3 id="r' + alias2(alias1(data && lookupProperty(data, "index"), depth0)) + '-h">' + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "href") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 11, "column": 23 }, "end": { "line": 11, "column": 89 } } })) != null ? stack1 : "") + ' <span class="muted">\xB7 ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "status") : depth0, depth0)) + "</span></h3>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "metrics") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "cases") : depth0, { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 20, "column": 362 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "findings") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 22, "column": 122 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 27, "column": 29 } } })) != null ? stack1 : "") + "\n</section>\n";
  }, "11": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<div class="scroll"><table class="sortable filterable">\n<thead><tr><th scope="col">Metric</th><th scope="col">Goal</th><th scope="col" class="num">Baseline</th><th scope="col" class="num">Current</th><th scope="col" class="num">\u0394</th><th scope="col" class="num">\u0394 %</th><th scope="col" class="num">p</th><th scope="col">Verdict</th><th scope="col">Why</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "metrics") : depth0, { "name": "each", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 17, "column": 9 } } })) != null ? stack1 : "") + "</tbody></table></div>\n";
  }, "12": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<tr><td>" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "href") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 16, "column": 25 }, "end": { "line": 16, "column": 91 } } })) != null ? stack1 : "") + "</td><td>" + alias3(alias2(depth0 != null ? lookupProperty(depth0, "goal") : depth0, depth0)) + '</td><td class="num">' + alias3(alias2(depth0 != null ? lookupProperty(depth0, "baseline") : depth0, depth0)) + '</td><td class="num">' + alias3(alias2(depth0 != null ? lookupProperty(depth0, "current") : depth0, depth0)) + '</td><td class="num">' + alias3(alias2(depth0 != null ? lookupProperty(depth0, "delta") : depth0, depth0)) + '</td><td class="num">' + alias3(alias2(depth0 != null ? lookupProperty(depth0, "relative") : depth0, depth0)) + '</td><td class="num">' + alias3(alias2(depth0 != null ? lookupProperty(depth0, "p") : depth0, depth0)) + '</td><td><span class="badge ' + alias3(alias2(depth0 != null ? lookupProperty(depth0, "tone") : depth0, depth0)) + '">' + alias3(alias2(depth0 != null ? lookupProperty(depth0, "verdict") : depth0, depth0)) + "</span>" + ((stack1 = lookupProperty(helpers, "unless").call(alias1, depth0 != null ? lookupProperty(depth0, "gating") : depth0, { "name": "unless", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 318 }, "end": { "line": 16, "column": 387 } } })) != null ? stack1 : "") + "</td><td>" + alias3(alias2(depth0 != null ? lookupProperty(depth0, "reason") : depth0, depth0)) + "</td></tr>\n";
  }, "13": function(container, depth0, helpers, partials, data) {
    return ' <span class="muted">(not gating)</span>';
  }, "14": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>Cases: " + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "cases") : depth0) != null ? lookupProperty(stack1, "newlyFailing") : stack1) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 23 }, "end": { "line": 20, "column": 168 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "cases") : depth0) != null ? lookupProperty(stack1, "newlyPassing") : stack1) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 168 }, "end": { "line": 20, "column": 313 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "cases") : depth0) != null ? lookupProperty(stack1, "p") : stack1, { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 313 }, "end": { "line": 20, "column": 351 } } })) != null ? stack1 : "") + "</p>";
  }, "15": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "newly failing: " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "cases") : depth0) != null ? lookupProperty(stack1, "newlyFailing") : stack1, { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 71 }, "end": { "line": 20, "column": 159 } } })) != null ? stack1 : "") + ". ";
  }, "16": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<code>" + container.escapeExpression(container.lambda(depth0, depth0)) + "</code>" + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 120 }, "end": { "line": 20, "column": 150 } } })) != null ? stack1 : "");
  }, "17": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "newly passing: " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "cases") : depth0) != null ? lookupProperty(stack1, "newlyPassing") : stack1, { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 216 }, "end": { "line": 20, "column": 304 } } })) != null ? stack1 : "") + ". ";
  }, "18": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "p = " + container.escapeExpression(container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "cases") : depth0) != null ? lookupProperty(stack1, "p") : stack1, depth0)) + ".";
  }, "19": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h4>Findings</h4>\n<ul>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "findings") : depth0, { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 4 }, "end": { "line": 22, "column": 110 } } })) != null ? stack1 : "") + "</ul>";
  }, "20": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li><span class="badge ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "tone") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "severity") : depth0, depth0)) + "</span> " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "kind") : depth0, depth0)) + ": " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "message") : depth0, depth0)) + "</li>";
  }, "21": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<h4>What changed</h4>\n<div class="scroll"><table><thead><tr><th scope="col">What</th><th scope="col">Key</th><th scope="col">Baseline</th><th scope="col">Current</th></tr></thead><tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "changes") : depth0, { "name": "each", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 0 }, "end": { "line": 26, "column": 9 } } })) != null ? stack1 : "") + "</tbody></table></div>";
  }, "22": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<tr><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "what") : depth0, depth0)) + "</td><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "key") : depth0, depth0)) + "</td><td><code>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "from") : depth0, depth0)) + "</code></td><td><code>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "to") : depth0, depth0)) + "</code></td></tr>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="verdict-h">\n<h2 id="verdict-h">Verdict: <span class="badge ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "tone") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "verdict") : depth0, depth0)) + "</span></h2>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "headline") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 3, "column": 42 } } })) != null ? stack1 : "") + "\n<p>Baseline " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "baseline") : depth0, depth0)) + " \u2192 current " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "current") : depth0, depth0)) + '.</p>\n<ul class="counts">' + ((stack1 = lookupProperty(helpers, "each").call(alias3, depth0 != null ? lookupProperty(depth0, "counts") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 19 }, "end": { "line": 5, "column": 108 } } })) != null ? stack1 : "") + "</ul>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "gates") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 6, "column": 125 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "abridged") : depth0, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 354 } } })) != null ? stack1 : "") + "\n</section>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias3, depth0 != null ? lookupProperty(depth0, "runs") : depth0, { "name": "each", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 29, "column": 9 } } })) != null ? stack1 : "");
  }, "useData": true },
  "runSection": { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h4>Run</h4>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "kv"), depth0, { "name": "kv", "hash": { "rows": depth0 != null ? lookupProperty(depth0, "runRows") : depth0 }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h4>Code</h4>\n" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "codeRows") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 8, "column": 108 } } })) != null ? stack1 : "");
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.invokePartial(lookupProperty(partials, "kv"), depth0, { "name": "kv", "hash": { "rows": depth0 != null ? lookupProperty(depth0, "codeRows") : depth0 }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  }, "3": function(container, depth0, helpers, partials, data) {
    return '<p class="warn">No code provenance recorded.</p>';
  }, "4": function(container, depth0, helpers, partials, data) {
    return '<th scope="col">Unit</th>';
  }, "5": function(container, depth0, helpers, partials, data) {
    return '<th scope="col" class="num">Samples</th>';
  }, "6": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<tr><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "name") : depth0, depth0)) + '</td><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "value") : depth0, depth0)) + "</td>" + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depths[1] != null ? lookupProperty(depths[1], "cols") : depths[1]) != null ? lookupProperty(stack1, "unit") : stack1, { "name": "if", "hash": {}, "fn": container.program(7, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 68 }, "end": { "line": 13, "column": 112 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depths[1] != null ? lookupProperty(depths[1], "cols") : depths[1]) != null ? lookupProperty(stack1, "samples") : stack1, { "name": "if", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 112 }, "end": { "line": 13, "column": 174 } } })) != null ? stack1 : "") + "</tr>\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<td>" + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "unit") : depth0, depth0)) + "</td>";
  }, "8": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<td class="num">' + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "samples") : depth0, depth0)) + "</td>";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h4>Parameters</h4>\n" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "params") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.program(11, data, 0), "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 18, "column": 91 } } })) != null ? stack1 : "");
  }, "10": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.invokePartial(lookupProperty(partials, "kv"), depth0, { "name": "kv", "hash": { "rows": depth0 != null ? lookupProperty(depth0, "params") : depth0 }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  }, "11": function(container, depth0, helpers, partials, data) {
    return '<p class="muted">None recorded.</p>';
  }, "12": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h4>Datasets</h4>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "datasets"), depth0, { "name": "datasets", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "13": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h4>Environment</h4>\n" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "environment") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.program(15, data, 0), "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 22, "column": 110 } } })) != null ? stack1 : "");
  }, "14": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.invokePartial(lookupProperty(partials, "kv"), depth0, { "name": "kv", "hash": { "rows": depth0 != null ? lookupProperty(depth0, "environment") : depth0 }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  }, "15": function(container, depth0, helpers, partials, data) {
    return '<p class="warn">No environment recorded.</p>';
  }, "16": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<h4>Artifacts</h4>\n<div class="scroll"><table>\n<thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Location</th><th scope="col">Digest</th><th scope="col" class="num">Bytes</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "artifacts") : depth0, { "name": "each", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 27, "column": 9 } } })) != null ? stack1 : "") + "</tbody></table></div>";
  }, "17": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<tr><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "name") : depth0, depth0)) + "</td><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "kind") : depth0, depth0)) + "</td><td>" + ((stack1 = container.invokePartial(lookupProperty(partials, "uri"), depth0, { "name": "uri", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '</td><td><code class="digest">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "digest") : depth0, depth0)) + '</code></td><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "bytes") : depth0, depth0)) + "</td></tr>\n";
  }, "18": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h4>Cases</h4>\n<p>" + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "caseSummary") : depth0, depth0)) + '</p>\n<div class="scroll"><table class="sortable filterable">\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "casesClipped") : depth0, { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 0 }, "end": { "line": 32, "column": 95 } } })) != null ? stack1 : "") + '\n<thead><tr><th scope="col">Case</th><th scope="col">Outcome</th><th scope="col" class="num">Score</th><th scope="col">Metrics</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "cases") : depth0, { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 0 }, "end": { "line": 36, "column": 9 } } })) != null ? stack1 : "") + "</tbody></table></div>";
  }, "19": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<caption>The first " + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "cases") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) + " of " + alias2(alias1(depth0 != null ? lookupProperty(depth0, "caseCount") : depth0, depth0)) + " cases</caption>";
  }, "20": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<tr><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "id") : depth0, depth0)) + '</td><td><span class="badge ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "tone") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "outcome") : depth0, depth0)) + '</span></td><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "score") : depth0, depth0)) + "</td><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "metrics") : depth0, depth0)) + "</td></tr>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section class="run" id="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "anchor") : depth0, depth0)) + '" aria-labelledby="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "anchor") : depth0, depth0)) + '-h">\n<h3 id="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "anchor") : depth0, depth0)) + '-h"><a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "runNameHref") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "name") : depth0, depth0)) + '</a> <span class="muted">\xB7 run <code>' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "id") : depth0, depth0)) + '</code></span></h3>\n<h4>Reproduce</h4>\n<pre class="repro" tabindex="0" aria-label="Commands to reproduce run ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "id") : depth0, depth0)) + '"><code>' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "reproduce") : depth0, depth0)) + "</code></pre>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "runRows") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 6, "column": 28 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "unless").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "code") : stack1, { "name": "unless", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 8, "column": 119 } } })) != null ? stack1 : "") + '\n<h4>Metrics</h4>\n<div class="scroll"><table class="metrics">\n<thead><tr><th scope="col">Metric</th><th scope="col" class="num">Value</th>' + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "cols") : depth0) != null ? lookupProperty(stack1, "unit") : stack1, { "name": "if", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 76 }, "end": { "line": 11, "column": 125 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "cols") : depth0) != null ? lookupProperty(stack1, "samples") : stack1, { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 125 }, "end": { "line": 11, "column": 192 } } })) != null ? stack1 : "") + "</tr></thead>\n<tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias3, depth0 != null ? lookupProperty(depth0, "metrics") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 14, "column": 9 } } })) != null ? stack1 : "") + '</tbody></table></div>\n<p><a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "runNameHref") : depth0, depth0)) + '">Every metric of ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "name") : depth0, depth0)) + " over time</a></p>\n" + ((stack1 = lookupProperty(helpers, "unless").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "params") : stack1, { "name": "unless", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 18, "column": 102 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "unless").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "datasets") : stack1, { "name": "unless", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 20, "column": 25 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "unless").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "shared") : depth0) != null ? lookupProperty(stack1, "environment") : stack1, { "name": "unless", "hash": {}, "fn": container.program(13, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 22, "column": 121 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "artifacts") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(16, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 121 }, "end": { "line": 28, "column": 29 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, (stack1 = depth0 != null ? lookupProperty(depth0, "cases") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(18, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 0 }, "end": { "line": 37, "column": 29 } } })) != null ? stack1 : "") + "\n</section>\n";
  }, "usePartial": true, "useData": true, "useDepths": true },
  "runname": { "0": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " \xB7 group " + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "group") : depth0, depth0));
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '        <tr><td><a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "href") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "name") : depth0, depth0)) + "</a></td><td>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "goal") : depth0, depth0)) + '</td><td class="num">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "latest") : depth0, depth0)) + '</td><td\n            class="num"\n          >' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "previous") : depth0, depth0)) + "</td><td>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "change") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 16, "column": 32 }, "end": { "line": 18, "column": 90 } } })) != null ? stack1 : "") + "</td></tr>\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<span class="' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "change") : depth0) != null ? lookupProperty(stack1, "tone") : stack1, depth0)) + '">' + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "change") : depth0) != null ? lookupProperty(stack1, "change") : stack1, depth0)) + "</span>\n              at\n              <code>" + alias2(alias1((stack1 = depth0 != null ? lookupProperty(depth0, "change") : depth0) != null ? lookupProperty(stack1, "commit") : stack1, depth0)) + "</code>";
  }, "3": function(container, depth0, helpers, partials, data) {
    return '<span class="muted">none</span>';
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "csv") : depth0, depth0)) + '" download>CSV ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "label") : depth0, depth0)) + '</a>\n    \xB7\n    <a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "json") : depth0, depth0)) + '" download>JSON ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "label") : depth0, depth0)) + "</a>" + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 50 }, "end": { "line": 24, "column": 81 } } })) != null ? stack1 : "");
  }, "5": function(container, depth0, helpers, partials, data) {
    return " \xB7 ";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<h1>" + alias2(alias1(depth0 != null ? lookupProperty(depth0, "title") : depth0, depth0)) + '</h1>\n<p class="lede">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "points") : depth0, depth0)) + "\n  recorded\n  " + alias2(lookupProperty(helpers, "plural").call(alias3, depth0 != null ? lookupProperty(depth0, "points") : depth0, "commit", "commits", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 2 }, "end": { "line": 4, "column": 38 } } })) + ((stack1 = lookupProperty(helpers, "if").call(alias3, depth0 != null ? lookupProperty(depth0, "group") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 38 }, "end": { "line": 4, "column": 76 } } })) != null ? stack1 : "") + '. Latest run:\n  <a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "latestHref") : depth0, depth0)) + '">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "latestId") : depth0, depth0)) + '</a>.</p>\n<div class="scroll"><table class="sortable filterable">\n    <caption>Metrics of ' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "title") : depth0, depth0)) + ': latest value and the last detected step</caption>\n    <thead><tr><th scope="col">Metric</th><th scope="col">Goal</th><th scope="col" class="num">Latest</th><th\n          scope="col"\n          class="num"\n        >Previous</th><th scope="col">Last change point</th></tr></thead>\n    <tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias3, depth0 != null ? lookupProperty(depth0, "metrics") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 6 }, "end": { "line": 19, "column": 15 } } })) != null ? stack1 : "") + "    </tbody></table></div>\n<p>Downloads (every recorded value of every metric of this run):\n  " + ((stack1 = lookupProperty(helpers, "each").call(alias3, depth0 != null ? lookupProperty(depth0, "downloads") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 2 }, "end": { "line": 24, "column": 90 } } })) != null ? stack1 : "") + "</p>";
  }, "useData": true },
  "uri": { "0": function(container, depth0, helpers, partials, data) {
    var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<a href="' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "href") : depth0, depth0)) + '" rel="noopener noreferrer nofollow">' + alias2(alias1(depth0 != null ? lookupProperty(depth0, "uri") : depth0, depth0)) + "</a>";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "uri") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 77 }, "end": { "line": 1, "column": 112 } } })) != null ? stack1 : "";
  }, "2": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<code>" + container.escapeExpression(container.lambda(depth0 != null ? lookupProperty(depth0, "uri") : depth0, depth0)) + "</code>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "href") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 1, "column": 119 } } })) != null ? stack1 : "") + "\n";
  }, "useData": true }
};
var assets = {
  "site.css": "/* runledger report site: no web fonts, no remote anything. Light and dark via prefers-color-scheme. */\n:root {\n  --bg: #ffffff;\n  --fg: #1b1f24;\n  --muted: #59636e;\n  --line: #d1d9e0;\n  --alt: #f6f8fa;\n  --link: #0550ae;\n  --value: #0072b2;\n  --band: #56b4e9;\n  --spread: #009e73;\n  --change: #d55e00;\n  --good: #0a6b3d;\n  --good-bg: #dafbe1;\n  --bad: #a40e26;\n  --bad-bg: #ffebe9;\n  --warn: #7d4e00;\n  --warn-bg: #fff8c5;\n  --info: #0550ae;\n  --info-bg: #ddf4ff;\n  color-scheme: light dark;\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    --bg: #0d1117;\n    --fg: #e6edf3;\n    --muted: #9198a1;\n    --line: #3d444d;\n    --alt: #151b23;\n    --link: #6cb6ff;\n    --value: #56b4e9;\n    --band: #56b4e9;\n    --spread: #2ec4a0;\n    --change: #f0a35e;\n    --good: #56d364;\n    --good-bg: #12261e;\n    --bad: #ff7b72;\n    --bad-bg: #2d1214;\n    --warn: #e3b341;\n    --warn-bg: #272115;\n    --info: #6cb6ff;\n    --info-bg: #121d2f;\n  }\n}\n* {\n  box-sizing: border-box;\n}\nhtml {\n  -webkit-text-size-adjust: 100%;\n}\nbody {\n  margin: 0;\n  background: var(--bg);\n  color: var(--fg);\n  font:\n    15px/1.5 system-ui,\n    -apple-system,\n    'Segoe UI',\n    Roboto,\n    Helvetica,\n    Arial,\n    sans-serif;\n}\na {\n  color: var(--link);\n}\ncode,\npre {\n  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;\n  font-size: 0.9em;\n}\ntd.pre {\n  white-space: pre-wrap;\n}\ncode {\n  overflow-wrap: anywhere;\n}\n.skip {\n  position: absolute;\n  left: -9999px;\n}\n.skip:focus {\n  left: 1rem;\n  top: 1rem;\n  background: var(--bg);\n  padding: 0.5rem;\n  z-index: 1;\n}\n.top {\n  border-bottom: 1px solid var(--line);\n  background: var(--alt);\n}\n.top nav {\n  max-width: 72rem;\n  margin: 0 auto;\n  padding: 0.6rem 1rem;\n  display: flex;\n  gap: 1.2rem;\n  flex-wrap: wrap;\n  align-items: baseline;\n}\n.brand {\n  font-weight: 700;\n  color: var(--fg);\n  text-decoration: none;\n}\n.crumbs ol {\n  max-width: 72rem;\n  margin: 0.5rem auto 0;\n  padding: 0 1rem;\n  list-style: none;\n  display: flex;\n  flex-wrap: wrap;\n  gap: 0.4rem;\n  font-size: 0.9em;\n}\n.crumbs li + li::before {\n  content: '\u203A';\n  margin-right: 0.4rem;\n  color: var(--muted);\n}\nmain {\n  max-width: 72rem;\n  margin: 0 auto;\n  padding: 0.5rem 1rem 2rem;\n}\nh1 {\n  font-size: 1.6rem;\n  margin: 0.8rem 0 0.3rem;\n  overflow-wrap: anywhere;\n}\nh2 {\n  font-size: 1.2rem;\n  margin-top: 1.8rem;\n}\nh3 {\n  overflow-wrap: anywhere;\n}\n.lede {\n  color: var(--muted);\n}\n.muted {\n  color: var(--muted);\n}\n.scroll {\n  overflow-x: auto;\n  max-width: 100%;\n}\ntable {\n  border-collapse: collapse;\n  width: 100%;\n  margin: 0.5rem 0;\n  font-size: 0.92em;\n}\ncaption {\n  text-align: left;\n  color: var(--muted);\n  padding: 0.2rem 0;\n}\nth,\ntd {\n  border-bottom: 1px solid var(--line);\n  padding: 0.35rem 0.5rem;\n  text-align: left;\n  vertical-align: top;\n}\nthead th {\n  background: var(--alt);\n  white-space: nowrap;\n}\nth.num,\ntd.num {\n  text-align: right;\n  font-variant-numeric: tabular-nums;\n  white-space: nowrap;\n}\ntable.kv th {\n  width: 14rem;\n  font-weight: 600;\n  background: none;\n  overflow-wrap: anywhere;\n  white-space: normal;\n}\nul.plain {\n  list-style: none;\n  margin: 0;\n  padding: 0;\n}\n.badge {\n  display: inline-block;\n  white-space: nowrap;\n  border-radius: 1em;\n  padding: 0 0.55em;\n  font-size: 0.85em;\n  font-weight: 600;\n  background: var(--alt);\n  color: var(--fg);\n  border: 1px solid var(--line);\n  text-decoration: none;\n}\n.badge.good {\n  background: var(--good-bg);\n  color: var(--good);\n}\n.badge.bad {\n  background: var(--bad-bg);\n  color: var(--bad);\n}\n.badge.warn {\n  background: var(--warn-bg);\n  color: var(--warn);\n}\n.badge.info {\n  background: var(--info-bg);\n  color: var(--info);\n}\n.good {\n  color: var(--good);\n}\n.bad {\n  color: var(--bad);\n}\n.warn {\n  color: var(--warn);\n}\nul.counts {\n  list-style: none;\n  padding: 0;\n  display: flex;\n  flex-wrap: wrap;\n  gap: 0.4rem;\n}\npre.repro {\n  background: var(--alt);\n  border: 1px solid var(--line);\n  padding: 0.8rem;\n  overflow-x: auto;\n  white-space: pre;\n}\n.digest {\n  font-size: 0.8em;\n}\nfigure.chart-box {\n  margin: 1rem 0;\n}\nfigcaption {\n  color: var(--muted);\n  font-size: 0.9em;\n}\nsvg.chart {\n  max-width: 100%;\n  height: auto;\n  color: var(--fg);\n}\nsvg.chart text {\n  font-family:\n    system-ui,\n    -apple-system,\n    'Segoe UI',\n    Roboto,\n    Helvetica,\n    Arial,\n    sans-serif;\n}\ntd.spark svg.chart {\n  width: 120px;\n}\n/* chart colours: vega writes sentinel colours; these rules re-map them per colour scheme */\nsvg.chart [fill='#0072b2'] {\n  fill: var(--value);\n}\nsvg.chart [stroke='#0072b2'] {\n  stroke: var(--value);\n}\nsvg.chart [fill='#56b4e9'] {\n  fill: var(--band);\n}\nsvg.chart [stroke='#009e73'] {\n  stroke: var(--spread);\n}\nsvg.chart [stroke='#d55e00'] {\n  stroke: var(--change);\n}\n.pager ul {\n  list-style: none;\n  padding: 0;\n  display: flex;\n  flex-wrap: wrap;\n  gap: 0.5rem;\n}\n.filter {\n  margin: 0.5rem 0;\n}\n.filter input {\n  font: inherit;\n  padding: 0.25rem 0.4rem;\n  border: 1px solid var(--line);\n  background: var(--bg);\n  color: var(--fg);\n  border-radius: 4px;\n}\nth button {\n  font: inherit;\n  font-weight: 600;\n  background: none;\n  border: 0;\n  padding: 0;\n  color: inherit;\n  cursor: pointer;\n}\n.foot {\n  max-width: 72rem;\n  margin: 0 auto;\n  padding: 1rem;\n  color: var(--muted);\n  font-size: 0.85em;\n  border-top: 1px solid var(--line);\n}\n@media (max-width: 40rem) {\n  body {\n    font-size: 14px;\n  }\n  table.kv th {\n    width: auto;\n  }\n  th,\n  td {\n    padding: 0.3rem;\n  }\n}\n@media print {\n  :root {\n    --bg: #fff;\n    --fg: #000;\n    --muted: #444;\n    --alt: #fff;\n    --link: #000;\n  }\n  .top,\n  .crumbs,\n  .skip,\n  .filter,\n  .pager,\n  .foot {\n    display: none;\n  }\n  main {\n    max-width: none;\n    padding: 0;\n  }\n  .scroll {\n    overflow: visible;\n  }\n  a {\n    text-decoration: none;\n  }\n  tr,\n  figure,\n  pre {\n    break-inside: avoid;\n  }\n}\n",
  "site.js": "// Optional progressive enhancement: sortable columns and a filter box on tables marked for them.\n// The site is complete without it.\n(function () {\n  'use strict';\n  function cellValue(row, i) {\n    var c = row.cells[i];\n    var t = c ? c.textContent.trim() : '';\n    var n = parseFloat(t.replace(/[%,\u03C3+]/g, '').replace('\u2212', '-'));\n    return isNaN(n) || !/^[-\u2212+]?[\\d.]/.test(t) ? t.toLowerCase() : n;\n  }\n  function sortable(table) {\n    var head = table.tHead;\n    var body = table.tBodies[0];\n    if (!head || !body) return;\n    Array.prototype.forEach.call(head.rows[0].cells, function (th, i) {\n      var b = document.createElement('button');\n      b.type = 'button';\n      b.textContent = th.textContent;\n      th.textContent = '';\n      th.appendChild(b);\n      th.setAttribute('aria-sort', 'none');\n      b.addEventListener('click', function () {\n        var asc = th.getAttribute('aria-sort') !== 'ascending';\n        Array.prototype.forEach.call(head.rows[0].cells, function (o) {\n          o.setAttribute('aria-sort', 'none');\n        });\n        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');\n        var rows = Array.prototype.slice.call(body.rows);\n        rows.sort(function (a, b2) {\n          var x = cellValue(a, i),\n            y = cellValue(b2, i);\n          var r = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === 'number' ? -1 : 1;\n          return asc ? r : -r;\n        });\n        rows.forEach(function (r) {\n          body.appendChild(r);\n        });\n      });\n    });\n  }\n  function filterable(table, k) {\n    var body = table.tBodies[0];\n    if (!body) return;\n    var wrap = document.createElement('div');\n    wrap.className = 'filter';\n    var label = document.createElement('label');\n    label.textContent = 'Filter rows ';\n    var input = document.createElement('input');\n    input.type = 'search';\n    input.id = 'filter-' + k;\n    label.htmlFor = input.id;\n    wrap.appendChild(label);\n    wrap.appendChild(input);\n    var box = table.parentNode.classList.contains('scroll') ? table.parentNode : table;\n    box.parentNode.insertBefore(wrap, box);\n    input.addEventListener('input', function () {\n      var q = input.value.trim().toLowerCase();\n      Array.prototype.forEach.call(body.rows, function (r) {\n        r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;\n      });\n    });\n  }\n  document.querySelectorAll('table.sortable').forEach(sortable);\n  document.querySelectorAll('table.filterable').forEach(filterable);\n})();\n"
};
var vegaSpecs = {
  "history": { "$schema": "https://vega.github.io/schema/vega/v6.json", "autosize": { "type": "pad", "resize": true }, "padding": 5, "width": 640, "height": 240, "style": "cell", "data": [{ "name": "band" }, { "name": "spread" }, { "name": "pts" }, { "name": "dots" }, { "name": "cps" }], "marks": [{ "name": "layer_0_marks", "type": "rect", "style": ["rect"], "from": { "data": "band" }, "encode": { "update": { "opacity": { "value": 0.25 }, "fill": { "value": "#56b4e9" }, "x": [{ "test": '!isValid(datum["from"]) || !isFinite(+datum["from"])', "signal": "scale('x', inrange(0, domain('x')) ? 0 : domain('x')[0])" }, { "scale": "x", "field": "from" }], "x2": [{ "test": '!isValid(datum["to"]) || !isFinite(+datum["to"])', "signal": "scale('x', inrange(0, domain('x')) ? 0 : domain('x')[0])" }, { "scale": "x", "field": "to" }], "y": [{ "test": '!isValid(datum["lo"]) || !isFinite(+datum["lo"])', "signal": "scale('y', inrange(0, domain('y')) ? 0 : domain('y')[0])" }, { "scale": "y", "field": "lo" }], "y2": [{ "test": '!isValid(datum["hi"]) || !isFinite(+datum["hi"])', "signal": "scale('y', inrange(0, domain('y')) ? 0 : domain('y')[0])" }, { "scale": "y", "field": "hi" }] } } }, { "name": "layer_1_marks", "type": "rule", "style": ["rule"], "from": { "data": "spread" }, "encode": { "update": { "strokeWidth": { "value": 2 }, "stroke": { "value": "#009e73" }, "x": [{ "test": '!isValid(datum["n"]) || !isFinite(+datum["n"])', "signal": "scale('x', inrange(0, domain('x')) ? 0 : domain('x')[0])" }, { "scale": "x", "field": "n" }], "y": [{ "test": '!isValid(datum["min"]) || !isFinite(+datum["min"])', "signal": "scale('y', inrange(0, domain('y')) ? 0 : domain('y')[0])" }, { "scale": "y", "field": "min" }], "y2": [{ "test": '!isValid(datum["max"]) || !isFinite(+datum["max"])', "signal": "scale('y', inrange(0, domain('y')) ? 0 : domain('y')[0])" }, { "scale": "y", "field": "max" }] } } }, { "name": "layer_2_marks", "type": "line", "style": ["line"], "from": { "data": "pts" }, "encode": { "update": { "strokeWidth": { "value": 1.5 }, "stroke": { "value": "#0072b2" }, "x": [{ "test": '!isValid(datum["n"]) || !isFinite(+datum["n"])', "signal": "scale('x', inrange(0, domain('x')) ? 0 : domain('x')[0])" }, { "scale": "x", "field": "n" }], "y": [{ "test": '!isValid(datum["value"]) || !isFinite(+datum["value"])', "signal": "scale('y', inrange(0, domain('y')) ? 0 : domain('y')[0])" }, { "scale": "y", "field": "value" }] } } }, { "name": "layer_3_marks", "type": "symbol", "style": ["point"], "from": { "data": "dots" }, "encode": { "update": { "opacity": { "value": 1 }, "size": { "value": 18 }, "fill": { "value": "#0072b2" }, "x": [{ "test": '!isValid(datum["n"]) || !isFinite(+datum["n"])', "signal": "scale('x', inrange(0, domain('x')) ? 0 : domain('x')[0])" }, { "scale": "x", "field": "n" }], "y": [{ "test": '!isValid(datum["value"]) || !isFinite(+datum["value"])', "signal": "scale('y', inrange(0, domain('y')) ? 0 : domain('y')[0])" }, { "scale": "y", "field": "value" }] } } }, { "name": "layer_4_marks", "type": "rule", "style": ["rule"], "from": { "data": "cps" }, "encode": { "update": { "strokeWidth": { "value": 2 }, "strokeDash": { "value": [5, 3] }, "stroke": { "value": "#d55e00" }, "x": [{ "test": '!isValid(datum["n"]) || !isFinite(+datum["n"])', "signal": "scale('x', inrange(0, domain('x')) ? 0 : domain('x')[0])" }, { "scale": "x", "field": "n" }], "y": { "value": 0 }, "y2": { "field": { "group": "height" } } } } }], "scales": [{ "name": "x", "type": "linear", "domain": { "fields": [{ "data": "band", "field": "from" }, { "data": "band", "field": "to" }, { "data": "spread", "field": "n" }, { "data": "pts", "field": "n" }, { "data": "dots", "field": "n" }, { "data": "cps", "field": "n" }] }, "range": [0, { "signal": "width" }], "nice": false, "zero": false }, { "name": "y", "type": "linear", "domain": { "fields": [{ "data": "band", "field": "lo" }, { "data": "band", "field": "hi" }, { "data": "spread", "field": "min" }, { "data": "spread", "field": "max" }, { "data": "pts", "field": "value" }, { "data": "dots", "field": "value" }] }, "range": [{ "signal": "height" }, 0], "zero": false, "nice": true }], "axes": [{ "scale": "y", "orient": "left", "gridScale": "x", "grid": true, "tickCount": 5, "domain": false, "labels": false, "aria": false, "maxExtent": 0, "minExtent": 0, "ticks": false, "zindex": 0 }, { "scale": "x", "orient": "bottom", "grid": false, "title": "recorded commit (oldest \u2192 newest)", "format": "d", "tickMinStep": 1, "aria": false, "labelFlush": true, "tickCount": 6, "zindex": 0 }, { "scale": "y", "orient": "left", "grid": false, "aria": false, "tickCount": 5, "zindex": 0 }], "config": { "aria": false, "axis": { "domainColor": "currentColor", "tickColor": "currentColor", "labelColor": "currentColor", "titleColor": "currentColor", "gridColor": "currentColor", "gridOpacity": 0.15, "labelFontSize": 11, "titleFontSize": 11, "titleFontWeight": "normal" }, "axisX": { "grid": false, "tickCount": 6, "labelOverlap": false }, "axisY": { "tickCount": 5, "labelOverlap": false, "ticks": false, "domain": false, "labelPadding": 8 }, "style": { "guide-label": { "font": "sans-serif" }, "guide-title": { "font": "sans-serif" }, "group-title": { "font": "sans-serif" }, "group-subtitle": { "font": "sans-serif" }, "cell": { "stroke": null }, "text": { "font": "sans-serif" } } } },
  "spark": { "$schema": "https://vega.github.io/schema/vega/v6.json", "autosize": { "type": "pad", "resize": true }, "padding": 2, "width": 120, "height": 28, "style": "cell", "data": [{ "name": "pts" }], "marks": [{ "name": "marks", "type": "line", "style": ["line"], "from": { "data": "pts" }, "encode": { "update": { "strokeWidth": { "value": 1.5 }, "stroke": { "value": "#0072b2" }, "x": [{ "test": '!isValid(datum["n"]) || !isFinite(+datum["n"])', "signal": "scale('x', inrange(0, domain('x')) ? 0 : domain('x')[0])" }, { "scale": "x", "field": "n" }], "y": [{ "test": '!isValid(datum["value"]) || !isFinite(+datum["value"])', "signal": "scale('y', inrange(0, domain('y')) ? 0 : domain('y')[0])" }, { "scale": "y", "field": "value" }] } } }], "scales": [{ "name": "x", "type": "linear", "domain": { "data": "pts", "field": "n" }, "range": [0, { "signal": "width" }], "nice": true, "zero": false }, { "name": "y", "type": "linear", "domain": { "data": "pts", "field": "value" }, "range": [{ "signal": "height" }, 0], "zero": false, "nice": true }], "config": { "aria": false, "axisX": { "grid": false, "tickCount": 6, "labelOverlap": false }, "axisY": { "tickCount": 5, "labelOverlap": false, "ticks": false, "domain": false, "labelPadding": 8 }, "style": { "guide-label": { "font": "sans-serif" }, "guide-title": { "font": "sans-serif" }, "group-title": { "font": "sans-serif" }, "group-subtitle": { "font": "sans-serif" }, "cell": { "stroke": null }, "text": { "font": "sans-serif" } } } }
};

// src/render/site/html.ts
var PARTIALS = ["commitTable", "pager", "kv", "uri", "report", "runSection", "datasets"];
var hb = import_runtime.default.create();
hb.registerHelper("plural", (n, one, many) => n === 1 ? one : many);
var compiled = /* @__PURE__ */ new Map();
for (const [name, spec] of Object.entries(specs)) {
  const t = hb.template(spec);
  compiled.set(name, t);
  if (PARTIALS.includes(name)) hb.registerPartial(name, t);
}
function template(name) {
  const t = compiled.get(name);
  if (!t) throw new Error(`no template ${name}`);
  return t;
}
function page(name, layout, body) {
  const html = template(name)({ ...body, root: layout.root, title: layout.title });
  return template("layout")({ ...layout, body: new hb.SafeString(html) });
}
function trusted(html) {
  return new hb.SafeString(html);
}
var siteAssets = assets;

// src/render/site/writer.ts
import { createHash as createHash2 } from "node:crypto";
import {
  close,
  closeSync,
  existsSync,
  fstatSync,
  ftruncate,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync
} from "node:fs";
import { unlink } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { performance } from "node:perf_hooks";
var CACHE_DIR = ".runledger-cache";
var contentHash = (content) => createHash2("sha1").update(content).digest("base64url");
var FileSink = class {
  constructor(out) {
    this.out = out;
  }
  out;
  stats = { written: 0, unchanged: 0, bytes: 0 };
  madeDirs = /* @__PURE__ */ new Set();
  /** work the file system does meanwhile (cutting files' old tails, removing files): see settle */
  pending = [];
  /** files whose old tail is being cut: written again, they are written after the cut */
  cutting = /* @__PURE__ */ new Map();
  put(rel, content) {
    const file = path.join(this.out, rel);
    const dir = path.dirname(file);
    if (!this.madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    const earlier = this.cutting.get(file);
    const cut = earlier ? earlier.then(() => rewrite(file, content)) : rewrite(file, content);
    if (cut) {
      this.cutting.set(file, cut);
      this.meanwhile(cut);
    }
    this.stats.written++;
    this.stats.bytes += typeof content === "string" ? Buffer.byteLength(content) : content.length;
  }
  /** Removes files of the site (those that are not there are no error), meanwhile (see settle). */
  remove(...rels) {
    for (const rel of rels) this.meanwhile(removeFile(path.join(this.out, rel)));
  }
  meanwhile(p) {
    if (!p) return;
    p.catch(() => void 0);
    this.pending.push(p);
  }
  /**
   * Waits for the file system work started meanwhile (the old tails cut off, the files removed):
   * freeing blocks waits on the disk, which a task spends drawing instead. Call it before the task
   * reports what it wrote.
   */
  async settle() {
    await Promise.all(this.pending.splice(0));
    this.cutting.clear();
  }
  /** A file of the site as text, or undefined when it cannot be read. */
  read(rel) {
    try {
      return readFileSync(path.join(this.out, rel), "utf8");
    } catch {
      return void 0;
    }
  }
  /** Writes the file unless the previous build recorded `key` for it and it is still there. */
  putUnlessKept(rel, key, previous, produce) {
    if (previous === key && existsSync(path.join(this.out, rel))) this.stats.unchanged++;
    else this.put(rel, produce());
  }
  /** Writes the file when its content changed; returns the content's hash. */
  write(rel, content, previous) {
    const hash = contentHash(content);
    this.putUnlessKept(rel, hash, previous, () => content);
    return hash;
  }
};
async function removeFile(file) {
  try {
    await unlink(file);
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
}
var cutAsync = promisify(ftruncate);
var closeAsync = promisify(close);
function rewrite(file, content) {
  let fd;
  try {
    fd = openSync(file, "r+");
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
    writeFileSync(file, content);
    return void 0;
  }
  let longer = false;
  try {
    const buf = typeof content === "string" ? Buffer.from(content) : content;
    for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at, at);
    longer = fstatSync(fd).size > buf.length;
    if (longer) return cutAsync(fd, buf.length).finally(() => closeAsync(fd));
  } finally {
    if (!longer) closeSync(fd);
  }
  return void 0;
}
var SiteWriter = class {
  /** `previous`: what the previous build wrote (default: taken from disk, see takeState) */
  constructor(out, version, previous = takeState(out, version)) {
    this.out = out;
    this.previous = previous;
    this.state = { version, entries: {}, files: {} };
    this.sink = new FileSink(out);
  }
  out;
  state;
  previous;
  sink;
  get written() {
    return this.sink.stats.written;
  }
  get unchanged() {
    return this.sink.stats.unchanged;
  }
  get bytes() {
    return this.sink.stats.bytes;
  }
  listings = /* @__PURE__ */ new Map();
  /**
   * Whether a file of the previous build is on disk: one directory listing per folder instead of a
   * stat per file (a rebuild checks the pages of every entry, 10,000 of them in one folder).
   */
  exists(rel) {
    const dir = path.dirname(rel);
    let names = this.listings.get(dir);
    if (!names) {
      try {
        names = new Set(readdirSync(path.join(this.out, dir)));
      } catch {
        names = /* @__PURE__ */ new Set();
      }
      this.listings.set(dir, names);
    }
    return names.has(path.basename(rel));
  }
  /** The previous build's record of an entry, when its pages can be kept as they are. */
  keptEntry(seq, hash) {
    const e = this.previous.entries[String(seq)];
    return e && e.hash === hash && e.files.every((f) => this.exists(f)) ? e : void 0;
  }
  /**
   * Keeps the previous build's records of entries 0..head as they are (resuming after them), when
   * there are exactly those, with these hashes, and their pages are all on disk; else keeps nothing.
   */
  keepUpTo(head, hashes) {
    const prev = this.previous.entries;
    if (Object.keys(prev).length !== head + 1) return false;
    for (let seq = 0; seq <= head; seq++) {
      const e = prev[String(seq)];
      if (!e || e.hash !== hashes.get(seq) || !e.files.every((f) => this.exists(f))) return false;
    }
    Object.assign(this.state.entries, prev);
    return true;
  }
  /** Forgets what keepUpTo kept (the ledger turned out not to continue from there). */
  keepNone() {
    for (const k of Object.keys(this.state.entries)) delete this.state.entries[k];
  }
  keepEntry(seq, record) {
    this.state.entries[String(seq)] = record;
  }
  /** What the previous build recorded for a file (its content hash or key), to hand to a worker. */
  previousOf(rel) {
    return this.previous.files[rel];
  }
  /** Records a file written (or kept) elsewhere, e.g. by a worker, under its hash or key. */
  record(rel, hashOrKey) {
    this.state.files[rel] = hashOrKey;
  }
  /** Adds what a worker's sink wrote to this build's counts. */
  count(stats) {
    this.sink.stats.written += stats.written;
    this.sink.stats.unchanged += stats.unchanged;
    this.sink.stats.bytes += stats.bytes;
  }
  /** Writes a file when its content differs from what the previous build wrote there. */
  write(rel, content) {
    this.state.files[rel] = this.sink.write(rel, content, this.previous.files[rel]);
  }
  /**
   * Writes a file whose content is fully determined by `key` (e.g. the hashes of the entries it
   * holds): when the previous build wrote the same key, the content is not even produced.
   */
  writeKeyed(rel, key, produce) {
    this.state.files[rel] = key;
    this.sink.putUnlessKept(rel, key, this.previous.files[rel], produce);
  }
  /** Removes the files of the previous build that this one no longer produces, then saves the state. */
  async finish() {
    let removed = 0;
    const gone = (rel) => {
      this.sink.remove(rel);
      removed++;
    };
    for (const rel of Object.keys(this.previous.files)) if (!(rel in this.state.files)) gone(rel);
    for (const [seq, e] of Object.entries(this.previous.entries)) {
      const now = this.state.entries[seq];
      if (!now) e.files.forEach(gone);
      else if (now !== e) {
        for (const f of e.files) if (!now.files.includes(f)) gone(f);
      }
    }
    await this.sink.settle();
    mkdirSync(path.join(this.out, CACHE_DIR), { recursive: true });
    writeFileSync(path.join(this.out, CACHE_DIR, "state.json"), JSON.stringify(this.state));
    return removed;
  }
};
function takeState(out, version) {
  const empty = { version, entries: {}, files: {} };
  const file = path.join(out, CACHE_DIR, "state.json");
  let s;
  try {
    s = JSON.parse(readFileSync(file, "utf8"));
  } catch {
  }
  rmSync(file, { force: true });
  return s && s.version === version && s.entries && s.files ? s : empty;
}
var ChartCache = class {
  /** `pack`: the pack this cache reads and writes (none: the builder's, which only merges and prunes) */
  constructor(out, pack) {
    this.pack = pack;
    this.dir = path.join(out, CACHE_DIR, "charts");
    mkdirSync(this.dir, { recursive: true });
    if (pack) this.used.add(pack);
  }
  pack;
  dir;
  used = /* @__PURE__ */ new Set();
  cached;
  drawn = /* @__PURE__ */ new Map();
  rendered = 0;
  reused = 0;
  /** time spent drawing charts */
  renderMs = 0;
  load() {
    if (!this.cached) {
      this.cached = /* @__PURE__ */ new Map();
      try {
        const raw = JSON.parse(readFileSync(path.join(this.dir, this.pack), "utf8"));
        if (raw && typeof raw === "object" && !Array.isArray(raw)) {
          for (const [k, v] of Object.entries(raw)) if (typeof v === "string") this.cached.set(k, v);
        }
      } catch {
      }
    }
    return this.cached;
  }
  async get(key, render) {
    if (!this.pack) throw new Error("a chart cache without a pack only merges and prunes");
    const seen = this.drawn.get(key) ?? this.load().get(key);
    if (seen !== void 0) {
      this.reused++;
      this.drawn.set(key, seen);
      return seen;
    }
    const t = performance.now();
    const svg = await render();
    this.renderMs += performance.now() - t;
    this.rendered++;
    this.drawn.set(key, svg);
    return svg;
  }
  /** Writes the pack back with the charts used, unless it holds exactly those already. */
  async save() {
    if (!this.pack) return;
    const cached = this.load();
    const same = this.rendered === 0 && cached.size === this.drawn.size;
    if (!same) await rewrite(path.join(this.dir, this.pack), JSON.stringify(Object.fromEntries(this.drawn)));
  }
  stats() {
    return { used: [...this.used], rendered: this.rendered, reused: this.reused, renderMs: this.renderMs };
  }
  /** Adds what another cache (a task's) did. */
  merge(s) {
    for (const k of s.used) this.used.add(k);
    this.rendered += s.rendered;
    this.reused += s.reused;
    this.renderMs += s.renderMs;
  }
  /** Removes the packs no task used (run names no longer in the ledger, and files of older builds). */
  prune() {
    for (const f of readdirSync(this.dir)) if (!this.used.has(f)) rmSync(path.join(this.dir, f), { force: true });
  }
};

// src/render/site/escape.ts
var map = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
  "=": "&#61;"
};
function escapeHtml(s) {
  return s.replace(/[&<>"'`=]/g, (c) => map[c]);
}
function safeHref(uri) {
  if (typeof uri !== "string") return null;
  let u;
  try {
    u = new URL(uri);
  } catch {
    return null;
  }
  return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
}
function csvCell(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "number") return String(v);
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export {
  escapeHtml,
  safeHref,
  csvCell,
  countAt,
  minAt,
  maxAt,
  emptyHistory,
  addRow,
  addMetaRow,
  padColumns,
  runIdsAt,
  firstRunId,
  trimmedHistory,
  historyBuffers,
  savedCapacity,
  entryRows,
  RecentValues,
  presentValues,
  slug,
  CHART_POINTS,
  CHART_DOTS,
  TABLE_ROWS,
  COMMITS_PER_PAGE,
  CHUNK,
  BLOCK,
  HISTORY_FOR_COMPARE,
  runAnchor,
  paths,
  num,
  signed,
  percent,
  pValue,
  shortSha,
  when,
  jsonText,
  flatten2 as flatten,
  specs,
  vegaSpecs,
  page,
  trusted,
  siteAssets,
  CACHE_DIR,
  FileSink,
  rewrite,
  SiteWriter,
  takeState,
  ChartCache
};
