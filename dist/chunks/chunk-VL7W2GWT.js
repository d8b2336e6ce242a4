import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  formatProblem,
  mapLimit,
  validateManifest
} from "./chunk-OC7DZ7RE.js";
import {
  metricObject
} from "./chunk-SVJAMWSF.js";
import {
  UserError
} from "./chunk-FLUUDOMY.js";
import {
  plural
} from "./chunk-SNOHGSQL.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-SN3NTARJ.js";

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports, module) {
    var constants = __require("constants");
    var origCwd = process.cwd;
    var cwd = null;
    var platform = process.env.GRACEFUL_FS_PLATFORM || process.platform;
    process.cwd = function() {
      if (!cwd)
        cwd = origCwd.call(process);
      return cwd;
    };
    try {
      process.cwd();
    } catch (er) {
    }
    if (typeof process.chdir === "function") {
      chdir = process.chdir;
      process.chdir = function(d) {
        cwd = null;
        chdir.call(process, d);
      };
      if (Object.setPrototypeOf) Object.setPrototypeOf(process.chdir, chdir);
    }
    var chdir;
    module.exports = patch;
    function patch(fs) {
      if (constants.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
        patchLchmod(fs);
      }
      if (!fs.lutimes) {
        patchLutimes(fs);
      }
      fs.chown = chownFix(fs.chown);
      fs.fchown = chownFix(fs.fchown);
      fs.lchown = chownFix(fs.lchown);
      fs.chmod = chmodFix(fs.chmod);
      fs.fchmod = chmodFix(fs.fchmod);
      fs.lchmod = chmodFix(fs.lchmod);
      fs.chownSync = chownFixSync(fs.chownSync);
      fs.fchownSync = chownFixSync(fs.fchownSync);
      fs.lchownSync = chownFixSync(fs.lchownSync);
      fs.chmodSync = chmodFixSync(fs.chmodSync);
      fs.fchmodSync = chmodFixSync(fs.fchmodSync);
      fs.lchmodSync = chmodFixSync(fs.lchmodSync);
      fs.stat = statFix(fs.stat);
      fs.fstat = statFix(fs.fstat);
      fs.lstat = statFix(fs.lstat);
      fs.statSync = statFixSync(fs.statSync);
      fs.fstatSync = statFixSync(fs.fstatSync);
      fs.lstatSync = statFixSync(fs.lstatSync);
      if (fs.chmod && !fs.lchmod) {
        fs.lchmod = function(path6, mode, cb) {
          if (cb) process.nextTick(cb);
        };
        fs.lchmodSync = function() {
        };
      }
      if (fs.chown && !fs.lchown) {
        fs.lchown = function(path6, uid, gid, cb) {
          if (cb) process.nextTick(cb);
        };
        fs.lchownSync = function() {
        };
      }
      if (platform === "win32") {
        fs.rename = typeof fs.rename !== "function" ? fs.rename : (function(fs$rename) {
          function rename3(from, to, cb) {
            var start = Date.now();
            var backoff = 0;
            fs$rename(from, to, function CB(er) {
              if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start < 6e4) {
                setTimeout(function() {
                  fs.stat(to, function(stater, st) {
                    if (stater && stater.code === "ENOENT")
                      fs$rename(from, to, CB);
                    else
                      cb(er);
                  });
                }, backoff);
                if (backoff < 100)
                  backoff += 10;
                return;
              }
              if (cb) cb(er);
            });
          }
          if (Object.setPrototypeOf) Object.setPrototypeOf(rename3, fs$rename);
          return rename3;
        })(fs.rename);
      }
      fs.read = typeof fs.read !== "function" ? fs.read : (function(fs$read) {
        function read(fd, buffer, offset, length, position, callback_) {
          var callback;
          if (callback_ && typeof callback_ === "function") {
            var eagCounter = 0;
            callback = function(er, _, __) {
              if (er && er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                return fs$read.call(fs, fd, buffer, offset, length, position, callback);
              }
              callback_.apply(this, arguments);
            };
          }
          return fs$read.call(fs, fd, buffer, offset, length, position, callback);
        }
        if (Object.setPrototypeOf) Object.setPrototypeOf(read, fs$read);
        return read;
      })(fs.read);
      fs.readSync = typeof fs.readSync !== "function" ? fs.readSync : /* @__PURE__ */ (function(fs$readSync) {
        return function(fd, buffer, offset, length, position) {
          var eagCounter = 0;
          while (true) {
            try {
              return fs$readSync.call(fs, fd, buffer, offset, length, position);
            } catch (er) {
              if (er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                continue;
              }
              throw er;
            }
          }
        };
      })(fs.readSync);
      function patchLchmod(fs2) {
        fs2.lchmod = function(path6, mode, callback) {
          fs2.open(
            path6,
            constants.O_WRONLY | constants.O_SYMLINK,
            mode,
            function(err, fd) {
              if (err) {
                if (callback) callback(err);
                return;
              }
              fs2.fchmod(fd, mode, function(err2) {
                fs2.close(fd, function(err22) {
                  if (callback) callback(err2 || err22);
                });
              });
            }
          );
        };
        fs2.lchmodSync = function(path6, mode) {
          var fd = fs2.openSync(path6, constants.O_WRONLY | constants.O_SYMLINK, mode);
          var threw = true;
          var ret;
          try {
            ret = fs2.fchmodSync(fd, mode);
            threw = false;
          } finally {
            if (threw) {
              try {
                fs2.closeSync(fd);
              } catch (er) {
              }
            } else {
              fs2.closeSync(fd);
            }
          }
          return ret;
        };
      }
      function patchLutimes(fs2) {
        if (constants.hasOwnProperty("O_SYMLINK") && fs2.futimes) {
          fs2.lutimes = function(path6, at, mt, cb) {
            fs2.open(path6, constants.O_SYMLINK, function(er, fd) {
              if (er) {
                if (cb) cb(er);
                return;
              }
              fs2.futimes(fd, at, mt, function(er2) {
                fs2.close(fd, function(er22) {
                  if (cb) cb(er2 || er22);
                });
              });
            });
          };
          fs2.lutimesSync = function(path6, at, mt) {
            var fd = fs2.openSync(path6, constants.O_SYMLINK);
            var ret;
            var threw = true;
            try {
              ret = fs2.futimesSync(fd, at, mt);
              threw = false;
            } finally {
              if (threw) {
                try {
                  fs2.closeSync(fd);
                } catch (er) {
                }
              } else {
                fs2.closeSync(fd);
              }
            }
            return ret;
          };
        } else if (fs2.futimes) {
          fs2.lutimes = function(_a, _b, _c, cb) {
            if (cb) process.nextTick(cb);
          };
          fs2.lutimesSync = function() {
          };
        }
      }
      function chmodFix(orig) {
        if (!orig) return orig;
        return function(target, mode, cb) {
          return orig.call(fs, target, mode, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chmodFixSync(orig) {
        if (!orig) return orig;
        return function(target, mode) {
          try {
            return orig.call(fs, target, mode);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function chownFix(orig) {
        if (!orig) return orig;
        return function(target, uid, gid, cb) {
          return orig.call(fs, target, uid, gid, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chownFixSync(orig) {
        if (!orig) return orig;
        return function(target, uid, gid) {
          try {
            return orig.call(fs, target, uid, gid);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function statFix(orig) {
        if (!orig) return orig;
        return function(target, options, cb) {
          if (typeof options === "function") {
            cb = options;
            options = null;
          }
          function callback(er, stats) {
            if (stats) {
              if (stats.uid < 0) stats.uid += 4294967296;
              if (stats.gid < 0) stats.gid += 4294967296;
            }
            if (cb) cb.apply(this, arguments);
          }
          return options ? orig.call(fs, target, options, callback) : orig.call(fs, target, callback);
        };
      }
      function statFixSync(orig) {
        if (!orig) return orig;
        return function(target, options) {
          var stats = options ? orig.call(fs, target, options) : orig.call(fs, target);
          if (stats) {
            if (stats.uid < 0) stats.uid += 4294967296;
            if (stats.gid < 0) stats.gid += 4294967296;
          }
          return stats;
        };
      }
      function chownErOk(er) {
        if (!er)
          return true;
        if (er.code === "ENOSYS")
          return true;
        var nonroot = !process.getuid || process.getuid() !== 0;
        if (nonroot) {
          if (er.code === "EINVAL" || er.code === "EPERM")
            return true;
        }
        return false;
      }
    }
  }
});

// node_modules/graceful-fs/legacy-streams.js
var require_legacy_streams = __commonJS({
  "node_modules/graceful-fs/legacy-streams.js"(exports, module) {
    var Stream = __require("stream").Stream;
    module.exports = legacy;
    function legacy(fs) {
      return {
        ReadStream,
        WriteStream
      };
      function ReadStream(path6, options) {
        if (!(this instanceof ReadStream)) return new ReadStream(path6, options);
        Stream.call(this);
        var self = this;
        this.path = path6;
        this.fd = null;
        this.readable = true;
        this.paused = false;
        this.flags = "r";
        this.mode = 438;
        this.bufferSize = 64 * 1024;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.encoding) this.setEncoding(this.encoding);
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.end === void 0) {
            this.end = Infinity;
          } else if ("number" !== typeof this.end) {
            throw TypeError("end must be a Number");
          }
          if (this.start > this.end) {
            throw new Error("start must be <= end");
          }
          this.pos = this.start;
        }
        if (this.fd !== null) {
          process.nextTick(function() {
            self._read();
          });
          return;
        }
        fs.open(this.path, this.flags, this.mode, function(err, fd) {
          if (err) {
            self.emit("error", err);
            self.readable = false;
            return;
          }
          self.fd = fd;
          self.emit("open", fd);
          self._read();
        });
      }
      function WriteStream(path6, options) {
        if (!(this instanceof WriteStream)) return new WriteStream(path6, options);
        Stream.call(this);
        this.path = path6;
        this.fd = null;
        this.writable = true;
        this.flags = "w";
        this.encoding = "binary";
        this.mode = 438;
        this.bytesWritten = 0;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.start < 0) {
            throw new Error("start must be >= zero");
          }
          this.pos = this.start;
        }
        this.busy = false;
        this._queue = [];
        if (this.fd === null) {
          this._open = fs.open;
          this._queue.push([this._open, this.path, this.flags, this.mode, void 0]);
          this.flush();
        }
      }
    }
  }
});

// node_modules/graceful-fs/clone.js
var require_clone = __commonJS({
  "node_modules/graceful-fs/clone.js"(exports, module) {
    "use strict";
    module.exports = clone;
    var getPrototypeOf = Object.getPrototypeOf || function(obj) {
      return obj.__proto__;
    };
    function clone(obj) {
      if (obj === null || typeof obj !== "object")
        return obj;
      if (obj instanceof Object)
        var copy = { __proto__: getPrototypeOf(obj) };
      else
        var copy = /* @__PURE__ */ Object.create(null);
      Object.getOwnPropertyNames(obj).forEach(function(key) {
        Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(obj, key));
      });
      return copy;
    }
  }
});

// node_modules/graceful-fs/graceful-fs.js
var require_graceful_fs = __commonJS({
  "node_modules/graceful-fs/graceful-fs.js"(exports, module) {
    var fs = __require("fs");
    var polyfills = require_polyfills();
    var legacy = require_legacy_streams();
    var clone = require_clone();
    var util = __require("util");
    var gracefulQueue;
    var previousSymbol;
    if (typeof Symbol === "function" && typeof Symbol.for === "function") {
      gracefulQueue = /* @__PURE__ */ Symbol.for("graceful-fs.queue");
      previousSymbol = /* @__PURE__ */ Symbol.for("graceful-fs.previous");
    } else {
      gracefulQueue = "___graceful-fs.queue";
      previousSymbol = "___graceful-fs.previous";
    }
    function noop() {
    }
    function publishQueue(context, queue2) {
      Object.defineProperty(context, gracefulQueue, {
        get: function() {
          return queue2;
        }
      });
    }
    var debug = noop;
    if (util.debuglog)
      debug = util.debuglog("gfs4");
    else if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || ""))
      debug = function() {
        var m = util.format.apply(util, arguments);
        m = "GFS4: " + m.split(/\n/).join("\nGFS4: ");
        console.error(m);
      };
    if (!fs[gracefulQueue]) {
      queue = global[gracefulQueue] || [];
      publishQueue(fs, queue);
      fs.close = (function(fs$close) {
        function close(fd, cb) {
          return fs$close.call(fs, fd, function(err) {
            if (!err) {
              resetQueue();
            }
            if (typeof cb === "function")
              cb.apply(this, arguments);
          });
        }
        Object.defineProperty(close, previousSymbol, {
          value: fs$close
        });
        return close;
      })(fs.close);
      fs.closeSync = (function(fs$closeSync) {
        function closeSync(fd) {
          fs$closeSync.apply(fs, arguments);
          resetQueue();
        }
        Object.defineProperty(closeSync, previousSymbol, {
          value: fs$closeSync
        });
        return closeSync;
      })(fs.closeSync);
      if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || "")) {
        process.on("exit", function() {
          debug(fs[gracefulQueue]);
          __require("assert").equal(fs[gracefulQueue].length, 0);
        });
      }
    }
    var queue;
    if (!global[gracefulQueue]) {
      publishQueue(global, fs[gracefulQueue]);
    }
    module.exports = patch(clone(fs));
    if (process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs.__patched) {
      module.exports = patch(fs);
      fs.__patched = true;
    }
    function patch(fs2) {
      polyfills(fs2);
      fs2.gracefulify = patch;
      fs2.createReadStream = createReadStream;
      fs2.createWriteStream = createWriteStream;
      var fs$readFile = fs2.readFile;
      fs2.readFile = readFile3;
      function readFile3(path6, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$readFile(path6, options, cb);
        function go$readFile(path7, options2, cb2, startTime) {
          return fs$readFile(path7, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$readFile, [path7, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$writeFile = fs2.writeFile;
      fs2.writeFile = writeFile2;
      function writeFile2(path6, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$writeFile(path6, data, options, cb);
        function go$writeFile(path7, data2, options2, cb2, startTime) {
          return fs$writeFile(path7, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$writeFile, [path7, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$appendFile = fs2.appendFile;
      if (fs$appendFile)
        fs2.appendFile = appendFile;
      function appendFile(path6, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$appendFile(path6, data, options, cb);
        function go$appendFile(path7, data2, options2, cb2, startTime) {
          return fs$appendFile(path7, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$appendFile, [path7, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$copyFile = fs2.copyFile;
      if (fs$copyFile)
        fs2.copyFile = copyFile;
      function copyFile(src, dest, flags, cb) {
        if (typeof flags === "function") {
          cb = flags;
          flags = 0;
        }
        return go$copyFile(src, dest, flags, cb);
        function go$copyFile(src2, dest2, flags2, cb2, startTime) {
          return fs$copyFile(src2, dest2, flags2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$copyFile, [src2, dest2, flags2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$readdir = fs2.readdir;
      fs2.readdir = readdir2;
      var noReaddirOptionVersions = /^v[0-5]\./;
      function readdir2(path6, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        var go$readdir = noReaddirOptionVersions.test(process.version) ? function go$readdir2(path7, options2, cb2, startTime) {
          return fs$readdir(path7, fs$readdirCallback(
            path7,
            options2,
            cb2,
            startTime
          ));
        } : function go$readdir2(path7, options2, cb2, startTime) {
          return fs$readdir(path7, options2, fs$readdirCallback(
            path7,
            options2,
            cb2,
            startTime
          ));
        };
        return go$readdir(path6, options, cb);
        function fs$readdirCallback(path7, options2, cb2, startTime) {
          return function(err, files) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([
                go$readdir,
                [path7, options2, cb2],
                err,
                startTime || Date.now(),
                Date.now()
              ]);
            else {
              if (files && files.sort)
                files.sort();
              if (typeof cb2 === "function")
                cb2.call(this, err, files);
            }
          };
        }
      }
      if (process.version.substr(0, 4) === "v0.8") {
        var legStreams = legacy(fs2);
        ReadStream = legStreams.ReadStream;
        WriteStream = legStreams.WriteStream;
      }
      var fs$ReadStream = fs2.ReadStream;
      if (fs$ReadStream) {
        ReadStream.prototype = Object.create(fs$ReadStream.prototype);
        ReadStream.prototype.open = ReadStream$open;
      }
      var fs$WriteStream = fs2.WriteStream;
      if (fs$WriteStream) {
        WriteStream.prototype = Object.create(fs$WriteStream.prototype);
        WriteStream.prototype.open = WriteStream$open;
      }
      Object.defineProperty(fs2, "ReadStream", {
        get: function() {
          return ReadStream;
        },
        set: function(val) {
          ReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      Object.defineProperty(fs2, "WriteStream", {
        get: function() {
          return WriteStream;
        },
        set: function(val) {
          WriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileReadStream = ReadStream;
      Object.defineProperty(fs2, "FileReadStream", {
        get: function() {
          return FileReadStream;
        },
        set: function(val) {
          FileReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileWriteStream = WriteStream;
      Object.defineProperty(fs2, "FileWriteStream", {
        get: function() {
          return FileWriteStream;
        },
        set: function(val) {
          FileWriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      function ReadStream(path6, options) {
        if (this instanceof ReadStream)
          return fs$ReadStream.apply(this, arguments), this;
        else
          return ReadStream.apply(Object.create(ReadStream.prototype), arguments);
      }
      function ReadStream$open() {
        var that = this;
        open2(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            if (that.autoClose)
              that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
            that.read();
          }
        });
      }
      function WriteStream(path6, options) {
        if (this instanceof WriteStream)
          return fs$WriteStream.apply(this, arguments), this;
        else
          return WriteStream.apply(Object.create(WriteStream.prototype), arguments);
      }
      function WriteStream$open() {
        var that = this;
        open2(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
          }
        });
      }
      function createReadStream(path6, options) {
        return new fs2.ReadStream(path6, options);
      }
      function createWriteStream(path6, options) {
        return new fs2.WriteStream(path6, options);
      }
      var fs$open = fs2.open;
      fs2.open = open2;
      function open2(path6, flags, mode, cb) {
        if (typeof mode === "function")
          cb = mode, mode = null;
        return go$open(path6, flags, mode, cb);
        function go$open(path7, flags2, mode2, cb2, startTime) {
          return fs$open(path7, flags2, mode2, function(err, fd) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$open, [path7, flags2, mode2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      return fs2;
    }
    function enqueue(elem) {
      debug("ENQUEUE", elem[0].name, elem[1]);
      fs[gracefulQueue].push(elem);
      retry();
    }
    var retryTimer;
    function resetQueue() {
      var now = Date.now();
      for (var i = 0; i < fs[gracefulQueue].length; ++i) {
        if (fs[gracefulQueue][i].length > 2) {
          fs[gracefulQueue][i][3] = now;
          fs[gracefulQueue][i][4] = now;
        }
      }
      retry();
    }
    function retry() {
      clearTimeout(retryTimer);
      retryTimer = void 0;
      if (fs[gracefulQueue].length === 0)
        return;
      var elem = fs[gracefulQueue].shift();
      var fn = elem[0];
      var args = elem[1];
      var err = elem[2];
      var startTime = elem[3];
      var lastTime = elem[4];
      if (startTime === void 0) {
        debug("RETRY", fn.name, args);
        fn.apply(null, args);
      } else if (Date.now() - startTime >= 6e4) {
        debug("TIMEOUT", fn.name, args);
        var cb = args.pop();
        if (typeof cb === "function")
          cb.call(null, err);
      } else {
        var sinceAttempt = Date.now() - lastTime;
        var sinceStart = Math.max(lastTime - startTime, 1);
        var desiredDelay = Math.min(sinceStart * 1.2, 100);
        if (sinceAttempt >= desiredDelay) {
          debug("RETRY", fn.name, args);
          fn.apply(null, args.concat([startTime]));
        } else {
          fs[gracefulQueue].push(elem);
        }
      }
      if (retryTimer === void 0) {
        retryTimer = setTimeout(retry, 0);
      }
    }
  }
});

// node_modules/retry/lib/retry_operation.js
var require_retry_operation = __commonJS({
  "node_modules/retry/lib/retry_operation.js"(exports, module) {
    function RetryOperation(timeouts, options) {
      if (typeof options === "boolean") {
        options = { forever: options };
      }
      this._originalTimeouts = JSON.parse(JSON.stringify(timeouts));
      this._timeouts = timeouts;
      this._options = options || {};
      this._maxRetryTime = options && options.maxRetryTime || Infinity;
      this._fn = null;
      this._errors = [];
      this._attempts = 1;
      this._operationTimeout = null;
      this._operationTimeoutCb = null;
      this._timeout = null;
      this._operationStart = null;
      if (this._options.forever) {
        this._cachedTimeouts = this._timeouts.slice(0);
      }
    }
    module.exports = RetryOperation;
    RetryOperation.prototype.reset = function() {
      this._attempts = 1;
      this._timeouts = this._originalTimeouts;
    };
    RetryOperation.prototype.stop = function() {
      if (this._timeout) {
        clearTimeout(this._timeout);
      }
      this._timeouts = [];
      this._cachedTimeouts = null;
    };
    RetryOperation.prototype.retry = function(err) {
      if (this._timeout) {
        clearTimeout(this._timeout);
      }
      if (!err) {
        return false;
      }
      var currentTime = (/* @__PURE__ */ new Date()).getTime();
      if (err && currentTime - this._operationStart >= this._maxRetryTime) {
        this._errors.unshift(new Error("RetryOperation timeout occurred"));
        return false;
      }
      this._errors.push(err);
      var timeout = this._timeouts.shift();
      if (timeout === void 0) {
        if (this._cachedTimeouts) {
          this._errors.splice(this._errors.length - 1, this._errors.length);
          this._timeouts = this._cachedTimeouts.slice(0);
          timeout = this._timeouts.shift();
        } else {
          return false;
        }
      }
      var self = this;
      var timer = setTimeout(function() {
        self._attempts++;
        if (self._operationTimeoutCb) {
          self._timeout = setTimeout(function() {
            self._operationTimeoutCb(self._attempts);
          }, self._operationTimeout);
          if (self._options.unref) {
            self._timeout.unref();
          }
        }
        self._fn(self._attempts);
      }, timeout);
      if (this._options.unref) {
        timer.unref();
      }
      return true;
    };
    RetryOperation.prototype.attempt = function(fn, timeoutOps) {
      this._fn = fn;
      if (timeoutOps) {
        if (timeoutOps.timeout) {
          this._operationTimeout = timeoutOps.timeout;
        }
        if (timeoutOps.cb) {
          this._operationTimeoutCb = timeoutOps.cb;
        }
      }
      var self = this;
      if (this._operationTimeoutCb) {
        this._timeout = setTimeout(function() {
          self._operationTimeoutCb();
        }, self._operationTimeout);
      }
      this._operationStart = (/* @__PURE__ */ new Date()).getTime();
      this._fn(this._attempts);
    };
    RetryOperation.prototype.try = function(fn) {
      console.log("Using RetryOperation.try() is deprecated");
      this.attempt(fn);
    };
    RetryOperation.prototype.start = function(fn) {
      console.log("Using RetryOperation.start() is deprecated");
      this.attempt(fn);
    };
    RetryOperation.prototype.start = RetryOperation.prototype.try;
    RetryOperation.prototype.errors = function() {
      return this._errors;
    };
    RetryOperation.prototype.attempts = function() {
      return this._attempts;
    };
    RetryOperation.prototype.mainError = function() {
      if (this._errors.length === 0) {
        return null;
      }
      var counts = {};
      var mainError = null;
      var mainErrorCount = 0;
      for (var i = 0; i < this._errors.length; i++) {
        var error = this._errors[i];
        var message = error.message;
        var count = (counts[message] || 0) + 1;
        counts[message] = count;
        if (count >= mainErrorCount) {
          mainError = error;
          mainErrorCount = count;
        }
      }
      return mainError;
    };
  }
});

// node_modules/retry/lib/retry.js
var require_retry = __commonJS({
  "node_modules/retry/lib/retry.js"(exports) {
    var RetryOperation = require_retry_operation();
    exports.operation = function(options) {
      var timeouts = exports.timeouts(options);
      return new RetryOperation(timeouts, {
        forever: options && options.forever,
        unref: options && options.unref,
        maxRetryTime: options && options.maxRetryTime
      });
    };
    exports.timeouts = function(options) {
      if (options instanceof Array) {
        return [].concat(options);
      }
      var opts = {
        retries: 10,
        factor: 2,
        minTimeout: 1 * 1e3,
        maxTimeout: Infinity,
        randomize: false
      };
      for (var key in options) {
        opts[key] = options[key];
      }
      if (opts.minTimeout > opts.maxTimeout) {
        throw new Error("minTimeout is greater than maxTimeout");
      }
      var timeouts = [];
      for (var i = 0; i < opts.retries; i++) {
        timeouts.push(this.createTimeout(i, opts));
      }
      if (options && options.forever && !timeouts.length) {
        timeouts.push(this.createTimeout(i, opts));
      }
      timeouts.sort(function(a, b) {
        return a - b;
      });
      return timeouts;
    };
    exports.createTimeout = function(attempt, opts) {
      var random = opts.randomize ? Math.random() + 1 : 1;
      var timeout = Math.round(random * opts.minTimeout * Math.pow(opts.factor, attempt));
      timeout = Math.min(timeout, opts.maxTimeout);
      return timeout;
    };
    exports.wrap = function(obj, options, methods) {
      if (options instanceof Array) {
        methods = options;
        options = null;
      }
      if (!methods) {
        methods = [];
        for (var key in obj) {
          if (typeof obj[key] === "function") {
            methods.push(key);
          }
        }
      }
      for (var i = 0; i < methods.length; i++) {
        var method = methods[i];
        var original = obj[method];
        obj[method] = function retryWrapper(original2) {
          var op = exports.operation(options);
          var args = Array.prototype.slice.call(arguments, 1);
          var callback = args.pop();
          args.push(function(err) {
            if (op.retry(err)) {
              return;
            }
            if (err) {
              arguments[0] = op.mainError();
            }
            callback.apply(this, arguments);
          });
          op.attempt(function() {
            original2.apply(obj, args);
          });
        }.bind(obj, original);
        obj[method].options = options;
      }
    };
  }
});

// node_modules/retry/index.js
var require_retry2 = __commonJS({
  "node_modules/retry/index.js"(exports, module) {
    module.exports = require_retry();
  }
});

// node_modules/signal-exit/signals.js
var require_signals = __commonJS({
  "node_modules/signal-exit/signals.js"(exports, module) {
    module.exports = [
      "SIGABRT",
      "SIGALRM",
      "SIGHUP",
      "SIGINT",
      "SIGTERM"
    ];
    if (process.platform !== "win32") {
      module.exports.push(
        "SIGVTALRM",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGUSR2",
        "SIGTRAP",
        "SIGSYS",
        "SIGQUIT",
        "SIGIOT"
        // should detect profiler and enable/disable accordingly.
        // see #21
        // 'SIGPROF'
      );
    }
    if (process.platform === "linux") {
      module.exports.push(
        "SIGIO",
        "SIGPOLL",
        "SIGPWR",
        "SIGSTKFLT",
        "SIGUNUSED"
      );
    }
  }
});

// node_modules/signal-exit/index.js
var require_signal_exit = __commonJS({
  "node_modules/signal-exit/index.js"(exports, module) {
    var process2 = global.process;
    var processOk = function(process3) {
      return process3 && typeof process3 === "object" && typeof process3.removeListener === "function" && typeof process3.emit === "function" && typeof process3.reallyExit === "function" && typeof process3.listeners === "function" && typeof process3.kill === "function" && typeof process3.pid === "number" && typeof process3.on === "function";
    };
    if (!processOk(process2)) {
      module.exports = function() {
        return function() {
        };
      };
    } else {
      assert = __require("assert");
      signals = require_signals();
      isWin = /^win/i.test(process2.platform);
      EE = __require("events");
      if (typeof EE !== "function") {
        EE = EE.EventEmitter;
      }
      if (process2.__signal_exit_emitter__) {
        emitter = process2.__signal_exit_emitter__;
      } else {
        emitter = process2.__signal_exit_emitter__ = new EE();
        emitter.count = 0;
        emitter.emitted = {};
      }
      if (!emitter.infinite) {
        emitter.setMaxListeners(Infinity);
        emitter.infinite = true;
      }
      module.exports = function(cb, opts) {
        if (!processOk(global.process)) {
          return function() {
          };
        }
        assert.equal(typeof cb, "function", "a callback must be provided for exit handler");
        if (loaded === false) {
          load();
        }
        var ev = "exit";
        if (opts && opts.alwaysLast) {
          ev = "afterexit";
        }
        var remove = function() {
          emitter.removeListener(ev, cb);
          if (emitter.listeners("exit").length === 0 && emitter.listeners("afterexit").length === 0) {
            unload();
          }
        };
        emitter.on(ev, cb);
        return remove;
      };
      unload = function unload2() {
        if (!loaded || !processOk(global.process)) {
          return;
        }
        loaded = false;
        signals.forEach(function(sig) {
          try {
            process2.removeListener(sig, sigListeners[sig]);
          } catch (er) {
          }
        });
        process2.emit = originalProcessEmit;
        process2.reallyExit = originalProcessReallyExit;
        emitter.count -= 1;
      };
      module.exports.unload = unload;
      emit = function emit2(event, code, signal) {
        if (emitter.emitted[event]) {
          return;
        }
        emitter.emitted[event] = true;
        emitter.emit(event, code, signal);
      };
      sigListeners = {};
      signals.forEach(function(sig) {
        sigListeners[sig] = function listener() {
          if (!processOk(global.process)) {
            return;
          }
          var listeners = process2.listeners(sig);
          if (listeners.length === emitter.count) {
            unload();
            emit("exit", null, sig);
            emit("afterexit", null, sig);
            if (isWin && sig === "SIGHUP") {
              sig = "SIGINT";
            }
            process2.kill(process2.pid, sig);
          }
        };
      });
      module.exports.signals = function() {
        return signals;
      };
      loaded = false;
      load = function load2() {
        if (loaded || !processOk(global.process)) {
          return;
        }
        loaded = true;
        emitter.count += 1;
        signals = signals.filter(function(sig) {
          try {
            process2.on(sig, sigListeners[sig]);
            return true;
          } catch (er) {
            return false;
          }
        });
        process2.emit = processEmit;
        process2.reallyExit = processReallyExit;
      };
      module.exports.load = load;
      originalProcessReallyExit = process2.reallyExit;
      processReallyExit = function processReallyExit2(code) {
        if (!processOk(global.process)) {
          return;
        }
        process2.exitCode = code || /* istanbul ignore next */
        0;
        emit("exit", process2.exitCode, null);
        emit("afterexit", process2.exitCode, null);
        originalProcessReallyExit.call(process2, process2.exitCode);
      };
      originalProcessEmit = process2.emit;
      processEmit = function processEmit2(ev, arg) {
        if (ev === "exit" && processOk(global.process)) {
          if (arg !== void 0) {
            process2.exitCode = arg;
          }
          var ret = originalProcessEmit.apply(this, arguments);
          emit("exit", process2.exitCode, null);
          emit("afterexit", process2.exitCode, null);
          return ret;
        } else {
          return originalProcessEmit.apply(this, arguments);
        }
      };
    }
    var assert;
    var signals;
    var isWin;
    var EE;
    var emitter;
    var unload;
    var emit;
    var sigListeners;
    var loaded;
    var load;
    var originalProcessReallyExit;
    var processReallyExit;
    var originalProcessEmit;
    var processEmit;
  }
});

// node_modules/proper-lockfile/lib/mtime-precision.js
var require_mtime_precision = __commonJS({
  "node_modules/proper-lockfile/lib/mtime-precision.js"(exports, module) {
    "use strict";
    var cacheSymbol = /* @__PURE__ */ Symbol();
    function probe(file, fs, callback) {
      const cachedPrecision = fs[cacheSymbol];
      if (cachedPrecision) {
        return fs.stat(file, (err, stat3) => {
          if (err) {
            return callback(err);
          }
          callback(null, stat3.mtime, cachedPrecision);
        });
      }
      const mtime = new Date(Math.ceil(Date.now() / 1e3) * 1e3 + 5);
      fs.utimes(file, mtime, mtime, (err) => {
        if (err) {
          return callback(err);
        }
        fs.stat(file, (err2, stat3) => {
          if (err2) {
            return callback(err2);
          }
          const precision = stat3.mtime.getTime() % 1e3 === 0 ? "s" : "ms";
          Object.defineProperty(fs, cacheSymbol, { value: precision });
          callback(null, stat3.mtime, precision);
        });
      });
    }
    function getMtime(precision) {
      let now = Date.now();
      if (precision === "s") {
        now = Math.ceil(now / 1e3) * 1e3;
      }
      return new Date(now);
    }
    module.exports.probe = probe;
    module.exports.getMtime = getMtime;
  }
});

// node_modules/proper-lockfile/lib/lockfile.js
var require_lockfile = __commonJS({
  "node_modules/proper-lockfile/lib/lockfile.js"(exports, module) {
    "use strict";
    var path6 = __require("path");
    var fs = require_graceful_fs();
    var retry = require_retry2();
    var onExit = require_signal_exit();
    var mtimePrecision = require_mtime_precision();
    var locks = {};
    function getLockFile(file, options) {
      return options.lockfilePath || `${file}.lock`;
    }
    function resolveCanonicalPath(file, options, callback) {
      if (!options.realpath) {
        return callback(null, path6.resolve(file));
      }
      options.fs.realpath(file, callback);
    }
    function acquireLock(file, options, callback) {
      const lockfilePath = getLockFile(file, options);
      options.fs.mkdir(lockfilePath, (err) => {
        if (!err) {
          return mtimePrecision.probe(lockfilePath, options.fs, (err2, mtime, mtimePrecision2) => {
            if (err2) {
              options.fs.rmdir(lockfilePath, () => {
              });
              return callback(err2);
            }
            callback(null, mtime, mtimePrecision2);
          });
        }
        if (err.code !== "EEXIST") {
          return callback(err);
        }
        if (options.stale <= 0) {
          return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
        }
        options.fs.stat(lockfilePath, (err2, stat3) => {
          if (err2) {
            if (err2.code === "ENOENT") {
              return acquireLock(file, { ...options, stale: 0 }, callback);
            }
            return callback(err2);
          }
          if (!isLockStale(stat3, options)) {
            return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
          }
          removeLock(file, options, (err3) => {
            if (err3) {
              return callback(err3);
            }
            acquireLock(file, { ...options, stale: 0 }, callback);
          });
        });
      });
    }
    function isLockStale(stat3, options) {
      return stat3.mtime.getTime() < Date.now() - options.stale;
    }
    function removeLock(file, options, callback) {
      options.fs.rmdir(getLockFile(file, options), (err) => {
        if (err && err.code !== "ENOENT") {
          return callback(err);
        }
        callback();
      });
    }
    function updateLock(file, options) {
      const lock2 = locks[file];
      if (lock2.updateTimeout) {
        return;
      }
      lock2.updateDelay = lock2.updateDelay || options.update;
      lock2.updateTimeout = setTimeout(() => {
        lock2.updateTimeout = null;
        options.fs.stat(lock2.lockfilePath, (err, stat3) => {
          const isOverThreshold = lock2.lastUpdate + options.stale < Date.now();
          if (err) {
            if (err.code === "ENOENT" || isOverThreshold) {
              return setLockAsCompromised(file, lock2, Object.assign(err, { code: "ECOMPROMISED" }));
            }
            lock2.updateDelay = 1e3;
            return updateLock(file, options);
          }
          const isMtimeOurs = lock2.mtime.getTime() === stat3.mtime.getTime();
          if (!isMtimeOurs) {
            return setLockAsCompromised(
              file,
              lock2,
              Object.assign(
                new Error("Unable to update lock within the stale threshold"),
                { code: "ECOMPROMISED" }
              )
            );
          }
          const mtime = mtimePrecision.getMtime(lock2.mtimePrecision);
          options.fs.utimes(lock2.lockfilePath, mtime, mtime, (err2) => {
            const isOverThreshold2 = lock2.lastUpdate + options.stale < Date.now();
            if (lock2.released) {
              return;
            }
            if (err2) {
              if (err2.code === "ENOENT" || isOverThreshold2) {
                return setLockAsCompromised(file, lock2, Object.assign(err2, { code: "ECOMPROMISED" }));
              }
              lock2.updateDelay = 1e3;
              return updateLock(file, options);
            }
            lock2.mtime = mtime;
            lock2.lastUpdate = Date.now();
            lock2.updateDelay = null;
            updateLock(file, options);
          });
        });
      }, lock2.updateDelay);
      if (lock2.updateTimeout.unref) {
        lock2.updateTimeout.unref();
      }
    }
    function setLockAsCompromised(file, lock2, err) {
      lock2.released = true;
      if (lock2.updateTimeout) {
        clearTimeout(lock2.updateTimeout);
      }
      if (locks[file] === lock2) {
        delete locks[file];
      }
      lock2.options.onCompromised(err);
    }
    function lock(file, options, callback) {
      options = {
        stale: 1e4,
        update: null,
        realpath: true,
        retries: 0,
        fs,
        onCompromised: (err) => {
          throw err;
        },
        ...options
      };
      options.retries = options.retries || 0;
      options.retries = typeof options.retries === "number" ? { retries: options.retries } : options.retries;
      options.stale = Math.max(options.stale || 0, 2e3);
      options.update = options.update == null ? options.stale / 2 : options.update || 0;
      options.update = Math.max(Math.min(options.update, options.stale / 2), 1e3);
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        const operation = retry.operation(options.retries);
        operation.attempt(() => {
          acquireLock(file2, options, (err2, mtime, mtimePrecision2) => {
            if (operation.retry(err2)) {
              return;
            }
            if (err2) {
              return callback(operation.mainError());
            }
            const lock2 = locks[file2] = {
              lockfilePath: getLockFile(file2, options),
              mtime,
              mtimePrecision: mtimePrecision2,
              options,
              lastUpdate: Date.now()
            };
            updateLock(file2, options);
            callback(null, (releasedCallback) => {
              if (lock2.released) {
                return releasedCallback && releasedCallback(Object.assign(new Error("Lock is already released"), { code: "ERELEASED" }));
              }
              unlock(file2, { ...options, realpath: false }, releasedCallback);
            });
          });
        });
      });
    }
    function unlock(file, options, callback) {
      options = {
        fs,
        realpath: true,
        ...options
      };
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        const lock2 = locks[file2];
        if (!lock2) {
          return callback(Object.assign(new Error("Lock is not acquired/owned by you"), { code: "ENOTACQUIRED" }));
        }
        lock2.updateTimeout && clearTimeout(lock2.updateTimeout);
        lock2.released = true;
        delete locks[file2];
        removeLock(file2, options, callback);
      });
    }
    function check(file, options, callback) {
      options = {
        stale: 1e4,
        realpath: true,
        fs,
        ...options
      };
      options.stale = Math.max(options.stale || 0, 2e3);
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        options.fs.stat(getLockFile(file2, options), (err2, stat3) => {
          if (err2) {
            return err2.code === "ENOENT" ? callback(null, false) : callback(err2);
          }
          return callback(null, !isLockStale(stat3, options));
        });
      });
    }
    function getLocks() {
      return locks;
    }
    onExit(() => {
      for (const file in locks) {
        const options = locks[file].options;
        try {
          options.fs.rmdirSync(getLockFile(file, options));
        } catch (e) {
        }
      }
    });
    module.exports.lock = lock;
    module.exports.unlock = unlock;
    module.exports.check = check;
    module.exports.getLocks = getLocks;
  }
});

// node_modules/proper-lockfile/lib/adapter.js
var require_adapter = __commonJS({
  "node_modules/proper-lockfile/lib/adapter.js"(exports, module) {
    "use strict";
    var fs = require_graceful_fs();
    function createSyncFs(fs2) {
      const methods = ["mkdir", "realpath", "stat", "rmdir", "utimes"];
      const newFs = { ...fs2 };
      methods.forEach((method) => {
        newFs[method] = (...args) => {
          const callback = args.pop();
          let ret;
          try {
            ret = fs2[`${method}Sync`](...args);
          } catch (err) {
            return callback(err);
          }
          callback(null, ret);
        };
      });
      return newFs;
    }
    function toPromise(method) {
      return (...args) => new Promise((resolve, reject) => {
        args.push((err, result) => {
          if (err) {
            reject(err);
          } else {
            resolve(result);
          }
        });
        method(...args);
      });
    }
    function toSync(method) {
      return (...args) => {
        let err;
        let result;
        args.push((_err, _result) => {
          err = _err;
          result = _result;
        });
        method(...args);
        if (err) {
          throw err;
        }
        return result;
      };
    }
    function toSyncOptions(options) {
      options = { ...options };
      options.fs = createSyncFs(options.fs || fs);
      if (typeof options.retries === "number" && options.retries > 0 || options.retries && typeof options.retries.retries === "number" && options.retries.retries > 0) {
        throw Object.assign(new Error("Cannot use retries with the sync api"), { code: "ESYNC" });
      }
      return options;
    }
    module.exports = {
      toPromise,
      toSync,
      toSyncOptions
    };
  }
});

// node_modules/proper-lockfile/index.js
var require_proper_lockfile = __commonJS({
  "node_modules/proper-lockfile/index.js"(exports, module) {
    "use strict";
    var lockfile2 = require_lockfile();
    var { toPromise, toSync, toSyncOptions } = require_adapter();
    async function lock(file, options) {
      const release = await toPromise(lockfile2.lock)(file, options);
      return toPromise(release);
    }
    function lockSync(file, options) {
      const release = toSync(lockfile2.lock)(file, toSyncOptions(options));
      return toSync(release);
    }
    function unlock(file, options) {
      return toPromise(lockfile2.unlock)(file, options);
    }
    function unlockSync(file, options) {
      return toSync(lockfile2.unlock)(file, toSyncOptions(options));
    }
    function check(file, options) {
      return toPromise(lockfile2.check)(file, options);
    }
    function checkSync(file, options) {
      return toSync(lockfile2.check)(file, toSyncOptions(options));
    }
    module.exports = lock;
    module.exports.lock = lock;
    module.exports.unlock = unlock;
    module.exports.lockSync = lockSync;
    module.exports.unlockSync = unlockSync;
    module.exports.check = check;
    module.exports.checkSync = checkSync;
  }
});

// src/publish/ledger/append-dir.ts
var import_proper_lockfile = __toESM(require_proper_lockfile(), 1);
import { mkdir, open, rename, rm, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";
import { randomBytes } from "node:crypto";

// src/publish/ledger/dir-snapshot.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

// src/publish/ledger/layout.ts
var MARKER_FILE = "ledger.json";
var INDEX_FILE = "index.json";
var ENTRIES_DIR = "entries";
var NO_COMMIT = "no-commit";
var RECENT_LIMIT = 100;
var DEFAULT_BRANCH = "runledger";
var LOCK_NAME = "write.lock";
var COMMIT_RE = /^[0-9a-f]{7,64}$/;
function isCommit(s) {
  return COMMIT_RE.test(s);
}
function commitDir(commit) {
  return commit === null ? `${ENTRIES_DIR}/__/${NO_COMMIT}` : `${ENTRIES_DIR}/${commit.slice(0, 2)}/${commit}`;
}
function entryPath(commit, seq, hash) {
  return `${commitDir(commit)}/${String(seq).padStart(8, "0")}-${hashHex(hash).slice(0, 8)}.json`;
}
function hashHex(hash) {
  return hash.startsWith("sha256:") ? hash.slice(7) : hash;
}
var ENTRY_NAME_RE = /^(\d{8,})-([0-9a-f]{8})\.json$/;
function parseEntryPath(p) {
  const parts = p.split("/");
  if (parts.length !== 4 || parts[0] !== ENTRIES_DIR) return void 0;
  const [, bucket, dir, name] = parts;
  const m = ENTRY_NAME_RE.exec(name);
  if (!m) return void 0;
  if (bucket === "__" && dir === NO_COMMIT) return { commit: null, seq: Number(m[1]), hash8: m[2] };
  if (!isCommit(dir) || dir.slice(0, 2) !== bucket) return void 0;
  return { commit: dir, seq: Number(m[1]), hash8: m[2] };
}

// src/publish/ledger/dir-snapshot.ts
async function dirSnapshot(location, cwd) {
  const root = path.resolve(cwd, location);
  const st = await stat(root).catch(() => void 0);
  const read = async (p) => {
    try {
      return await readFile(path.join(root, p), "utf8");
    } catch (e) {
      if (e.code === "ENOENT" || e.code === "ENOTDIR")
        return void 0;
      throw e;
    }
  };
  const list = async (dir) => {
    try {
      return (await readdir(path.join(root, dir))).sort();
    } catch (e) {
      if (e.code === "ENOENT" || e.code === "ENOTDIR") return [];
      throw e;
    }
  };
  return {
    label: `ledger ${location}`,
    location,
    exists: Boolean(st?.isDirectory()),
    read,
    async readMany(paths) {
      const texts = await mapLimit(paths, 32, read);
      return new Map(paths.map((p, i) => [p, texts[i]]));
    },
    list,
    async filesIn(dirs) {
      const lists = await mapLimit(dirs, 32, async (d) => (await list(d)).map((n) => `${d}/${n}`));
      return lists.flat();
    },
    prefetch: async () => void 0,
    async existingDirs(dirs) {
      const ok = await mapLimit(
        dirs,
        32,
        async (d) => (await stat(path.join(root, d)).catch(() => void 0))?.isDirectory()
      );
      return new Set(dirs.filter((_, i) => ok[i]));
    },
    async listEntryFiles() {
      const out = [];
      const walk = async (rel) => {
        const items = await readdir(path.join(root, rel), { withFileTypes: true }).catch((e) => {
          if (e.code === "ENOENT") return [];
          throw e;
        });
        for (const it of items) {
          const p = `${rel}/${it.name}`;
          if (it.isDirectory()) await walk(p);
          else out.push(p);
        }
      };
      await walk(ENTRIES_DIR);
      return out;
    }
  };
}

// src/publish/ledger/hash.ts
import { createHash } from "node:crypto";

// node_modules/canonicalize/lib/canonicalize.js
function hasLoneSurrogate(value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 55296 && code <= 56319) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 56320 && next <= 57343)) {
        return true;
      }
      i++;
    } else if (code >= 56320 && code <= 57343) {
      return true;
    }
  }
  return false;
}
function canonicalize(object, seen = /* @__PURE__ */ new Set()) {
  if (typeof object === "number" && isNaN(object)) {
    throw new Error("NaN is not allowed");
  }
  if (typeof object === "number" && !isFinite(object)) {
    throw new Error("Infinity is not allowed");
  }
  if (typeof object === "string" && hasLoneSurrogate(object)) {
    throw new Error("Lone surrogate is not allowed");
  }
  if (object === null || typeof object !== "object") {
    return JSON.stringify(object);
  }
  if (typeof object.toJSON === "function") {
    if (seen.has(object)) {
      throw new Error("Circular reference detected");
    }
    seen.add(object);
    const result2 = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result2;
  }
  if (seen.has(object)) {
    throw new Error("Circular reference detected");
  }
  seen.add(object);
  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === void 0 || typeof cv === "symbol" ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(",")}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === void 0 || typeof object[key] === "symbol") {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(",")}}`;
  }
  seen.delete(object);
  return result;
}

// src/publish/ledger/hash.ts
function canonicalJson(value) {
  const s = canonicalize(value);
  if (s === void 0) throw new Error("value cannot be written as canonical JSON");
  return s;
}
function sha256(text) {
  return "sha256:" + createHash("sha256").update(text).digest("hex");
}
function entryHash(entry) {
  const { hash: _ignored, ...rest } = entry;
  return sha256(canonicalJson(rest));
}

// src/publish/ledger/types.ts
var LEDGER_FORMAT_VERSION = 1;

// src/messages/ledger.ts
var short = (c) => c === null ? "(no commit)" : c.slice(0, 10);
var ledgerMessages = {
  corrupt: (ledger, file, problem) => `${ledger}: ${file}: ${problem}
The ledger is corrupt or was edited; nothing was changed. Run \`runledger verify --ledger <ledger>\` for a full check.`,
  badJson: (detail) => `invalid JSON (truncated or edited?): ${detail}`,
  emptyFile: () => "the file is empty (truncated?)",
  noMarker: (names) => `there is no ledger.json here, but the location is not empty (${names.slice(0, 5).join(", ")}${names.length > 5 ? ", \u2026" : ""}): this is not a runledger ledger; pass an empty or new directory, or an existing ledger`,
  badMarker: () => 'not a runledger ledger marker: expected {"runledger": "ledger", "format": 1, \u2026}',
  badFormat: (v) => `ledger format ${JSON.stringify(v)} is not one this runledger reads (format 1); upgrade runledger`,
  noIndex: () => "index.json is missing (it is derived from the entries: `runledger verify --ledger <ledger> --rebuild-index` rebuilds it once verify finds the entries intact)",
  badIndex: () => "index.json is not a valid ledger index (it is derived from the entries: `runledger verify --ledger <ledger> --rebuild-index` rebuilds it)",
  entryShape: (what) => `not a valid ledger entry: ${what}`,
  hashMismatch: (stored, actual) => `the content does not match its hash (a recorded value was edited?): the entry says ${stored}, its content hashes to ${actual}`,
  wrongPath: (expected) => `the entry is stored under the wrong name (moved or renamed?); its content belongs at ${expected}`,
  missingEntry: () => "the entry is missing (removed?)",
  strayFile: () => "a file that is not a ledger entry sits among the entries (entries are entries/<c0c1>/<commit>/<seq>-<hash8>.json)",
  badLink: (seq, prev, expected) => `entry ${seq} links to ${prev ?? "nothing"} but the entry before it has hash ${expected ?? "(none)"} (an entry was removed, reordered or edited)`,
  gap: (expected, got) => got > expected ? `the chain jumps from entry ${expected - 1} to entry ${got}: ${plural(got - expected, "entry", "entries")} ${got - expected === 1 ? "is" : "are"} missing (removed?)` : `entry ${got} appears twice (two entries claim the same place in the chain)`,
  firstNotZero: (seq) => `the chain starts at entry ${seq}, not 0: the first entries are missing (removed?)`,
  headMismatch: (headSeq, lastSeq) => `index.json says the newest entry is ${headSeq} but the newest entry found is ${lastSeq} (an entry was removed, or an interrupted record: run \`runledger verify --rebuild-index\` once the entries are intact)`,
  headMissing: (path6) => `index.json names ${path6} as the newest entry, but it is missing (removed?)`,
  invalidRun: (index, detail) => `runs/${index}: ${detail}`,
  badBranch: (branch) => `git:${branch}: not a valid branch name (write git:<branch>, e.g. git:runledger)`,
  notInRepo: (loc, cwd) => `${loc}: ${cwd} is not inside a git repository; a git ledger lives on a branch of the checkout's origin remote`,
  noOrigin: (loc, top) => `${loc}: the repository at ${top} has no "origin" remote; the ledger branch is read from and pushed to origin`,
  fetchFailed: (loc, detail) => `${loc}: cannot fetch the ledger branch from origin: ${detail}`,
  pushFailed: (loc, detail) => `${loc}: cannot push to origin: ${detail}`,
  pushGaveUp: (loc, attempts) => `${loc}: gave up after ${plural(attempts, "attempt")}: every push was rejected because other writers kept moving the branch; nothing was recorded, run record again`,
  notADir: (loc) => `${loc}: not a directory`,
  lockBusy: (loc) => `${loc}: another runledger is writing to this ledger and did not finish in time (lock ${loc}/write.lock); try again`,
  noBaseline: (ledger, commit) => `${ledger}: no entry recorded for ${short(commit)} or any of its first-parent ancestors`,
  emptyLedger: (ledger) => `${ledger}: the ledger has no entries yet`,
  baselineSource: (ledger, found, asked) => found === null ? `${ledger} (empty)` : asked === void 0 ? `${ledger} @ ${short(found)} (newest entry)` : found === asked || found.startsWith(asked) || asked.startsWith(found) ? `${ledger} @ ${short(found)}` : `${ledger} @ ${short(found)} (nearest recorded ancestor of ${short(asked)})`,
  recordSummary: (ledger, added, skipped, seq, commit, retries) => added === 0 ? skipped === 1 ? `${ledger}: nothing to record: the run is already recorded` : `${ledger}: nothing to record: all ${skipped} runs are already recorded` : `${ledger}: recorded ${plural(added, "run")} for ${short(commit)} as entry ${seq}${skipped ? ` (${plural(skipped, "run")} already recorded, skipped)` : ""}${retries ? ` after ${plural(retries, "retry", "retries")}` : ""}`,
  verifyOk: (ledger, entries, runs) => `${ledger}: intact: ${plural(entries, "entry", "entries")}, ${plural(runs, "run")}, every hash, link and manifest checks out`,
  verifyBroken: (ledger, file, problem, more) => `${ledger}: BROKEN at ${file}: ${problem}${more > 0 ? `
(${plural(more, "more problem")} after this one)` : ""}`,
  verifyBrokenSummary: (ledger, problems) => `${ledger}: tampered or corrupt: ${plural(problems, "problem")} (the first is shown above)`,
  rebuildGit: () => "--rebuild-index works on directory ledgers; a git ledger is rebuilt by recording on a fresh branch",
  noSuchLedger: (ledger) => `${ledger}: there is no ledger here (no such directory or branch)`,
  indexRebuilt: (ledger) => `${ledger}: index.json rebuilt from the entries`,
  noManifests: () => "no manifests given: runledger record --ledger <dir|git:branch> <manifests...>",
  noLedger: (command) => `--ledger is required: runledger ${command} --ledger <dir|git:branch>`,
  commitMismatch: (commits) => `the runs carry different code.commit values (${commits.map(short).join(", ")}); pass --commit to say which commit this batch is for`,
  badCommitArg: (v) => `--commit ${JSON.stringify(v)} is not a commit SHA (7 to 64 lower-case hex characters)`,
  invalidManifests: (n) => `${plural(n, "problem")} in the manifests; nothing was recorded`,
  duplicateInBatch: (id, a, b) => `run.id ${JSON.stringify(id)} is used by both ${a} and ${b}`
};

// src/publish/ledger/read.ts
var LedgerError = class extends UserError {
  constructor(ledger, file, problem) {
    super(ledgerMessages.corrupt(ledger, file, problem), 1);
    this.ledger = ledger;
    this.file = file;
    this.problem = problem;
    this.name = "LedgerError";
  }
  ledger;
  file;
  problem;
};
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseJsonFile(snap, file, text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LedgerError(snap.label, file, ledgerMessages.badJson(e.message));
  }
}
async function readMarker(snap) {
  if (!snap.exists) return void 0;
  const text = await snap.read(MARKER_FILE);
  if (text === void 0) {
    const names = (await snap.list("")).filter((n) => !n.startsWith(".") && n !== LOCK_NAME);
    if (names.length === 0) return void 0;
    throw new LedgerError(snap.label, MARKER_FILE, ledgerMessages.noMarker(names));
  }
  const v = parseJsonFile(snap, MARKER_FILE, text);
  if (!isObj(v) || v.runledger !== "ledger") throw new LedgerError(snap.label, MARKER_FILE, ledgerMessages.badMarker());
  if (v.format !== LEDGER_FORMAT_VERSION) throw new LedgerError(snap.label, MARKER_FILE, ledgerMessages.badFormat(v.format));
  return v;
}
function checkItem(v) {
  return isObj(v) && Number.isInteger(v.seq) && typeof v.hash === "string" && (v.commit === null || typeof v.commit === "string") && typeof v.path === "string";
}
async function readIndex(snap) {
  const text = await snap.read(INDEX_FILE);
  if (text === void 0) throw new LedgerError(snap.label, INDEX_FILE, ledgerMessages.noIndex());
  const v = parseJsonFile(snap, INDEX_FILE, text);
  if (!isObj(v) || v.format !== LEDGER_FORMAT_VERSION || !(v.head === null || checkItem(v.head)) || !Array.isArray(v.recent) || !v.recent.every(checkItem))
    throw new LedgerError(snap.label, INDEX_FILE, ledgerMessages.badIndex());
  return v;
}
function checkEntry(text, file) {
  let v;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { problem: text.trim() === "" ? ledgerMessages.emptyFile() : ledgerMessages.badJson(e.message) };
  }
  if (!isObj(v)) return { problem: ledgerMessages.entryShape("the file is not a JSON object") };
  const need = (ok, what) => ok ? void 0 : ledgerMessages.entryShape(what);
  const shapeProblem = need(v.format === LEDGER_FORMAT_VERSION, `"format" must be ${LEDGER_FORMAT_VERSION}`) ?? need(Number.isInteger(v.seq) && v.seq >= 0, '"seq" must be a whole number \u2265 0') ?? need(v.commit === null || typeof v.commit === "string", '"commit" must be a string or null') ?? need(typeof v.recordedAt === "string", '"recordedAt" must be a string') ?? need(Array.isArray(v.runs), '"runs" must be an array') ?? need(v.prev === null || typeof v.prev === "string", '"prev" must be a string or null') ?? need(typeof v.hash === "string", '"hash" must be a string');
  if (shapeProblem) return { problem: shapeProblem };
  const entry = v;
  const actual = entryHash(entry);
  if (actual !== entry.hash) return { problem: ledgerMessages.hashMismatch(entry.hash, actual) };
  const expected = entryPath(entry.commit, entry.seq, entry.hash);
  if (parseEntryPath(file) && expected !== file) return { problem: ledgerMessages.wrongPath(expected) };
  return { entry };
}
async function readEntries(snap, paths) {
  const texts = await snap.readMany(paths);
  return paths.map((p) => {
    const text = texts.get(p);
    if (text === void 0) throw new LedgerError(snap.label, p, ledgerMessages.missingEntry());
    const r = checkEntry(text, p);
    if ("problem" in r) throw new LedgerError(snap.label, p, r.problem);
    return r.entry;
  });
}
async function entriesAt(snap, commit) {
  let dirs;
  if (commit === null || commit.length >= 40) dirs = [commitDir(commit)];
  else {
    const bucket = commitDir(commit).split("/").slice(0, 2).join("/");
    dirs = (await snap.list(bucket)).filter((n) => n.startsWith(commit)).map((n) => `${bucket}/${n}`);
  }
  const entries = await readEntries(snap, await snap.filesIn(dirs));
  return entries.sort((a, b) => a.seq - b.seq);
}
async function entriesAtMany(snap, commits) {
  const files = await snap.filesIn(commits.map(commitDir));
  const entries = await readEntries(snap, files);
  const out = new Map(commits.map((c) => [c, []]));
  for (const e of entries.sort((a, b) => a.seq - b.seq)) out.get(e.commit)?.push(e);
  return out;
}
async function allEntries(snap) {
  if (await readMarker(snap) === void 0) return [];
  const files = await snap.listEntryFiles();
  for (const f of files) if (!parseEntryPath(f)) throw new LedgerError(snap.label, f, ledgerMessages.strayFile());
  const entries = await readEntries(snap, files);
  return entries.sort((a, b) => a.seq - b.seq);
}
async function streamEntries(snap, from = 0, batch = 256) {
  const files = [];
  if (await readMarker(snap) !== void 0)
    for (const f of await snap.listEntryFiles()) {
      const p = parseEntryPath(f);
      if (!p) throw new LedgerError(snap.label, f, ledgerMessages.strayFile());
      if (p.seq >= from) files.push({ file: f, seq: p.seq });
    }
  files.sort((a, b) => a.seq - b.seq);
  async function* entries() {
    let expected = from;
    let prevHash = from === 0 ? null : void 0;
    for (let i = 0; i < files.length; i += batch) {
      const part = files.slice(i, i + batch).map((f) => f.file);
      for (const e of await readEntries(snap, part)) {
        const file = entryPath(e.commit, e.seq, e.hash);
        if (e.seq !== expected)
          throw new LedgerError(
            snap.label,
            file,
            expected === 0 && e.seq > 0 ? ledgerMessages.firstNotZero(e.seq) : ledgerMessages.gap(expected, e.seq)
          );
        if (prevHash !== void 0 && e.prev !== prevHash)
          throw new LedgerError(snap.label, file, ledgerMessages.badLink(e.seq, e.prev, prevHash));
        prevHash = e.hash;
        expected = e.seq + 1;
        yield e;
      }
    }
  }
  return { count: files.length, entries: entries() };
}

// src/publish/ledger/plan.ts
function serialize(value) {
  return JSON.stringify(value, null, 2) + "\n";
}
async function planAppend(snap, input, now = /* @__PURE__ */ new Date()) {
  const marker = await readMarker(snap);
  let index = { format: LEDGER_FORMAT_VERSION, head: null, recent: [] };
  const files = /* @__PURE__ */ new Map();
  if (marker === void 0) {
    const m = { runledger: "ledger", format: LEDGER_FORMAT_VERSION, createdAt: now.toISOString() };
    files.set(MARKER_FILE, serialize(m));
  } else {
    index = await readIndex(snap);
    const lookups = /* @__PURE__ */ new Set([input.commit, ...input.runs.map((r) => r.code?.commit ?? null)]);
    await snap.prefetch([...index.head ? [index.head.path] : [], ...[...lookups].map(commitDir)]);
    if (index.head) {
      const text = await snap.read(index.head.path);
      if (text === void 0) throw new LedgerError(snap.label, index.head.path, ledgerMessages.headMissing(index.head.path));
      const r = checkEntry(text, index.head.path);
      if ("problem" in r) throw new LedgerError(snap.label, index.head.path, r.problem);
      if (r.entry.hash !== index.head.hash || r.entry.seq !== index.head.seq)
        throw new LedgerError(snap.label, INDEX_FILE, ledgerMessages.headMismatch(index.head.seq, r.entry.seq));
    }
  }
  const commits = /* @__PURE__ */ new Set([input.commit]);
  for (const r of input.runs) if (r.code?.commit) commits.add(r.code.commit);
  const known = /* @__PURE__ */ new Set();
  if (marker !== void 0)
    for (const c of commits) for (const e of await entriesAt(snap, c)) for (const r of e.runs) known.add(r.run.id);
  const runs = [];
  let skipped = 0;
  for (const r of input.runs) {
    if (known.has(r.run.id)) skipped++;
    else {
      known.add(r.run.id);
      runs.push(r);
    }
  }
  if (runs.length === 0) return { entry: null, files: /* @__PURE__ */ new Map(), added: 0, skipped };
  const head = index.head;
  const body = {
    format: LEDGER_FORMAT_VERSION,
    seq: head ? head.seq + 1 : 0,
    commit: input.commit,
    ...input.parents?.length ? { parents: input.parents } : {},
    ...input.branch ? { branch: input.branch } : {},
    recordedAt: now.toISOString(),
    ...input.source && Object.keys(input.source).length ? { source: input.source } : {},
    runs,
    prev: head ? head.hash : null
  };
  const entry = { ...body, hash: entryHash(body) };
  const path6 = entryPath(entry.commit, entry.seq, entry.hash);
  const item = {
    seq: entry.seq,
    hash: entry.hash,
    commit: entry.commit,
    path: path6,
    ...entry.branch ? { branch: entry.branch } : {},
    ...entry.parents ? { parents: entry.parents } : {}
  };
  const next = {
    format: LEDGER_FORMAT_VERSION,
    head: item,
    recent: [...index.recent, item].slice(-RECENT_LIMIT)
  };
  files.set(path6, serialize(entry));
  files.set(INDEX_FILE, serialize(next));
  return { entry, files, added: runs.length, skipped };
}
function indexOf(entries) {
  const items = entries.map((e) => ({
    seq: e.seq,
    hash: e.hash,
    commit: e.commit,
    path: entryPath(e.commit, e.seq, e.hash),
    ...e.branch ? { branch: e.branch } : {},
    ...e.parents ? { parents: e.parents } : {}
  }));
  return { format: LEDGER_FORMAT_VERSION, head: items.at(-1) ?? null, recent: items.slice(-RECENT_LIMIT) };
}

// src/publish/ledger/append-dir.ts
async function writeAtomic(file, text) {
  await mkdir(path2.dirname(file), { recursive: true });
  const tmp = path2.join(
    path2.dirname(file),
    `.${path2.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  const fh = await open(tmp, "wx");
  try {
    await fh.writeFile(text, "utf8");
    await fh.datasync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
function order(p) {
  return p === MARKER_FILE ? 0 : p === INDEX_FILE ? 1 : 2;
}
async function appendToDir(location, input, opts) {
  const root = path2.resolve(opts.cwd, location);
  const st = await stat2(root).catch(() => void 0);
  if (st && !st.isDirectory()) throw new UserError(ledgerMessages.notADir(location));
  await planAppend(await dirSnapshot(location, opts.cwd), input, opts.now?.() ?? /* @__PURE__ */ new Date());
  await mkdir(root, { recursive: true });
  let release;
  try {
    release = await import_proper_lockfile.default.lock(root, {
      lockfilePath: path2.join(root, LOCK_NAME),
      stale: 15e3,
      retries: { retries: 200, factor: 1.3, minTimeout: 10, maxTimeout: 250, randomize: true }
    });
  } catch (e) {
    if (e.code === "ELOCKED") throw new UserError(ledgerMessages.lockBusy(location), 1);
    throw e;
  }
  try {
    const plan = await planAppend(await dirSnapshot(location, opts.cwd), input, opts.now?.() ?? /* @__PURE__ */ new Date());
    for (const p of [...plan.files.keys()].sort((a, b) => order(a) - order(b)))
      await writeAtomic(path2.join(root, p), plan.files.get(p));
    return { entry: plan.entry, added: plan.added, skipped: plan.skipped, retries: 0 };
  } finally {
    await release();
  }
}

// src/publish/ledger/append-git.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/publish/ledger/git.ts
import { spawn } from "node:child_process";
function git(args, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd: opts.cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", ...opts.env },
      stdio: ["pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on(
      "close",
      (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") })
    );
    child.stdin.on("error", () => void 0);
    child.stdin.end(opts.input ?? "");
  });
}
async function gitText(args, opts) {
  const r = await git(args, opts);
  if (r.code !== 0) throw new GitError(args, r);
  return r.stdout.toString("utf8").trim();
}
var GitError = class extends Error {
  constructor(args, result) {
    super(`git ${args.join(" ")} exited ${result.code}: ${result.stderr.trim()}`);
    this.args = args;
    this.result = result;
    this.name = "GitError";
  }
  args;
  result;
};

// src/publish/ledger/git-snapshot.ts
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path3 from "node:path";
var live = /* @__PURE__ */ new Set();
var exitHook = false;
function gitBranchOf(location) {
  if (!location.startsWith("git:")) return void 0;
  return location.slice(4);
}
function looksLocal(url) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return false;
  if (/^[^/]+:/.test(url) && !/^[a-zA-Z]:[\\/]/.test(url)) return false;
  return true;
}
async function openGitHome(branch, cwd, env = {}) {
  const check = await git(["check-ref-format", `refs/heads/${branch}`], { cwd });
  if (branch === "" || check.code !== 0) throw new UserError(ledgerMessages.badBranch(branch));
  const top = await git(["rev-parse", "--show-toplevel"], { cwd });
  if (top.code !== 0) throw new UserError(ledgerMessages.notInRepo(`git:${branch}`, cwd));
  const topDir = top.stdout.toString().trim();
  const urlR = await git(["remote", "get-url", "origin"], { cwd });
  if (urlR.code !== 0) throw new UserError(ledgerMessages.noOrigin(`git:${branch}`, topDir));
  let url = urlR.stdout.toString().trim();
  if (looksLocal(url) && !path3.isAbsolute(url)) url = path3.resolve(topDir, url);
  const cfg = await git(["config", "--local", "--includes", "--null", "--get-regexp", "^(http|credential|url)\\."], {
    cwd
  });
  const config = [];
  if (cfg.code === 0)
    for (const item of cfg.stdout.toString().split("\0")) {
      if (!item) continue;
      const nl = item.indexOf("\n");
      config.push("-c", nl < 0 ? item : `${item.slice(0, nl)}=${item.slice(nl + 1)}`);
    }
  const dir = await mkdtemp(path3.join(tmpdir(), "runledger-git-"));
  live.add(dir);
  if (!exitHook) {
    exitHook = true;
    process.once("exit", () => {
      for (const d of live) rmSync(d, { recursive: true, force: true });
    });
  }
  await gitText(["init", "--bare", "-q", dir], { cwd: dir });
  await gitText(["remote", "add", "origin", url], { cwd: dir });
  await gitText(["config", "maintenance.auto", "false"], { cwd: dir });
  await gitText(["config", "gc.auto", "0"], { cwd: dir });
  const ref = `refs/runledger/${branch}`;
  const run = (args, input, extra) => git([...config, ...args], { cwd: dir, input, env: { GIT_NO_LAZY_FETCH: "1", ...env, ...extra } });
  const home = {
    branch,
    dir,
    config,
    env,
    run,
    complete: false,
    fetched: /* @__PURE__ */ new Set(),
    async fetch() {
      const r = await run([
        "fetch",
        "--depth=1",
        "--filter=tree:2",
        "--no-tags",
        "--no-write-fetch-head",
        "--quiet",
        "origin",
        `+refs/heads/${branch}:${ref}`
      ]);
      if (r.code !== 0) {
        if (/couldn't find remote ref|could not find remote ref/i.test(r.stderr)) return null;
        throw new UserError(ledgerMessages.fetchFailed(`git:${branch}`, r.stderr.trim()));
      }
      if (/filtering not recognized/i.test(r.stderr)) home.complete = true;
      return gitText(["rev-parse", ref], { cwd: dir });
    },
    async close() {
      live.delete(dir);
      await rm2(dir, { recursive: true, force: true });
    }
  };
  return home;
}
async function fetchMissing(home, oids, filter = "blob:none") {
  if (home.complete) return;
  const missing = [...new Set(oids)].filter((o) => !home.fetched.has(`${filter} ${o}`));
  if (missing.length === 0) return;
  const f = await home.run(
    [
      "-c",
      "fetch.negotiationAlgorithm=noop",
      "fetch",
      "origin",
      "--no-tags",
      "--no-write-fetch-head",
      "--recurse-submodules=no",
      `--filter=${filter}`,
      "--stdin"
    ],
    missing.join("\n") + "\n"
  );
  if (f.code !== 0) throw new UserError(ledgerMessages.fetchFailed(`git:${home.branch}`, f.stderr.trim()));
  for (const o of missing) home.fetched.add(`${filter} ${o}`);
}
function gitSnapshot(home, tip) {
  const location = `git:${home.branch}`;
  let buckets;
  let allTrees = false;
  const ensureTrees = async (paths) => {
    if (!tip || home.complete || allTrees) return;
    const level1 = /* @__PURE__ */ new Set();
    const level2 = /* @__PURE__ */ new Set();
    let all = false;
    for (const p of paths) {
      const parts = p.split("/").filter(Boolean);
      if (parts[0] !== ENTRIES_DIR) continue;
      if (parts.length === 1) all = true;
      else level1.add(parts[1]);
      if (parts.length >= 3) level2.add(parts.slice(0, 3).join("/"));
    }
    if (!all && level1.size === 0) return;
    if (!buckets) {
      buckets = /* @__PURE__ */ new Map();
      for (const e of await lsTree([tip, "--", `${ENTRIES_DIR}/`]))
        if (e.type === "tree") buckets.set(e.path.split("/")[1], e.oid);
    }
    if (all) {
      await fetchMissing(home, [...buckets.values()], "blob:none");
      allTrees = true;
      return;
    }
    await fetchMissing(
      home,
      [...level1].filter((n) => buckets.has(n)).map((n) => buckets.get(n)),
      "tree:0"
    );
    const dirs = [...level2];
    for (let i = 0; i < dirs.length; i += 500) {
      const found = await lsTree([tip, "--", ...dirs.slice(i, i + 500)]);
      await fetchMissing(
        home,
        found.filter((e) => e.type === "tree").map((e) => e.oid),
        "tree:0"
      );
    }
  };
  const lsTree = async (args) => {
    const r = await home.run(["ls-tree", "-z", ...args]);
    if (r.code !== 0) throw new GitError(["ls-tree", ...args], r);
    const out = [];
    for (const line of r.stdout.toString("utf8").split("\0")) {
      if (!line) continue;
      const tab = line.indexOf("	");
      const [, type, oid] = line.slice(0, tab).split(" ");
      out.push({ oid, type, path: line.slice(tab + 1) });
    }
    return out;
  };
  const readMany = async (paths) => {
    const result = new Map(paths.map((p) => [p, void 0]));
    if (!tip || paths.length === 0) return result;
    await ensureTrees(paths);
    const found = [];
    for (let i = 0; i < paths.length; i += 500) found.push(...await lsTree([tip, "--", ...paths.slice(i, i + 500)]));
    const blobs = found.filter((e) => e.type === "blob" && result.has(e.path));
    if (blobs.length === 0) return result;
    await fetchMissing(
      home,
      blobs.filter((b) => b.path.includes("/")).map((b) => b.oid)
    );
    const cat = await home.run(["cat-file", "--batch"], blobs.map((b) => b.oid).join("\n") + "\n");
    if (cat.code !== 0) throw new GitError(["cat-file", "--batch"], cat);
    const buf = cat.stdout;
    let pos = 0;
    for (const b of blobs) {
      const nl = buf.indexOf(10, pos);
      const header = buf.subarray(pos, nl).toString();
      if (header.endsWith(" missing"))
        throw new UserError(ledgerMessages.fetchFailed(location, `object ${b.oid} (${b.path}) is missing`));
      const size = Number(header.split(" ")[2]);
      result.set(b.path, buf.subarray(nl + 1, nl + 1 + size).toString("utf8"));
      pos = nl + 1 + size + 1;
    }
    return result;
  };
  return {
    label: `ledger ${location}`,
    location,
    exists: tip !== null,
    async read(p) {
      return (await readMany([p])).get(p);
    },
    readMany,
    async list(dir) {
      if (!tip) return [];
      if (dir === "") return (await lsTree([tip])).map((e) => e.path).sort();
      await ensureTrees([dir]);
      return (await lsTree([tip, "--", `${dir}/`])).map((e) => e.path.slice(dir.length + 1)).sort();
    },
    async filesIn(dirs) {
      const out = [];
      if (!tip) return out;
      await ensureTrees(dirs);
      for (let i = 0; i < dirs.length; i += 500)
        for (const e of await lsTree([tip, "--", ...dirs.slice(i, i + 500).map((d) => `${d}/`)]))
          if (e.type === "blob") out.push(e.path);
      return out;
    },
    async prefetch(dirs) {
      await ensureTrees(dirs.map((d) => d.split("/").slice(0, 2).join("/")));
    },
    async existingDirs(dirs) {
      const out = /* @__PURE__ */ new Set();
      if (!tip) return out;
      await ensureTrees(dirs.map((d) => d.split("/").slice(0, 2).join("/")));
      for (let i = 0; i < dirs.length; i += 500)
        for (const e of await lsTree([tip, "--", ...dirs.slice(i, i + 500)])) if (e.type === "tree") out.add(e.path);
      return out;
    },
    async listEntryFiles() {
      if (!tip) return [];
      await ensureTrees([`${ENTRIES_DIR}/`]);
      return (await lsTree(["-r", tip, "--", `${ENTRIES_DIR}/`])).filter((e) => e.type === "blob").map((e) => e.path);
    }
  };
}

// src/publish/ledger/append-git.ts
var REJECTED = /\[rejected\]|non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref|failed to lock|reference already exists|shallow update not allowed/i;
async function identity(cwd, env) {
  const get = async (key) => {
    const r = await git(["config", "--get", key], { cwd });
    return r.code === 0 ? r.stdout.toString().trim() : void 0;
  };
  const name = env.GIT_AUTHOR_NAME ?? process.env.GIT_AUTHOR_NAME ?? await get("user.name") ?? "runledger";
  const email = env.GIT_AUTHOR_EMAIL ?? process.env.GIT_AUTHOR_EMAIL ?? await get("user.email") ?? "runledger@users.noreply.github.com";
  return {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: env.GIT_COMMITTER_NAME ?? process.env.GIT_COMMITTER_NAME ?? name,
    GIT_COMMITTER_EMAIL: env.GIT_COMMITTER_EMAIL ?? process.env.GIT_COMMITTER_EMAIL ?? email
  };
}
async function buildTree(home, base, files) {
  const items = /* @__PURE__ */ new Map();
  if (base) {
    const r2 = await home.run(["ls-tree", "-z", base]);
    if (r2.code !== 0) throw new Error(`git ls-tree: ${r2.stderr}`);
    for (const line of r2.stdout.toString("utf8").split("\0")) {
      if (!line) continue;
      const tab = line.indexOf("	");
      const [mode, type, oid] = line.slice(0, tab).split(" ");
      items.set(line.slice(tab + 1), { mode, type, oid });
    }
  }
  const below = /* @__PURE__ */ new Map();
  for (const [p, oid] of files) {
    const slash = p.indexOf("/");
    if (slash < 0) items.set(p, { mode: "100644", type: "blob", oid });
    else {
      const dir = p.slice(0, slash);
      const sub = below.get(dir) ?? /* @__PURE__ */ new Map();
      below.set(dir, sub.set(p.slice(slash + 1), oid));
    }
  }
  for (const [dir, sub] of below) {
    const existing = items.get(dir);
    const oid = await buildTree(home, existing?.type === "tree" ? existing.oid : null, sub);
    items.set(dir, { mode: "040000", type: "tree", oid });
  }
  const input = [...items].map(([name, i]) => `${i.mode} ${i.type} ${i.oid}	${name}`).join("\n") + "\n";
  const r = await home.run(["mktree", "--missing"], input);
  if (r.code !== 0) throw new Error(`git mktree: ${r.stderr}`);
  return r.stdout.toString().trim();
}
async function buildCommit(home, tip, plan, who) {
  const blobs = /* @__PURE__ */ new Map();
  for (const [p, text] of plan.files) {
    const r = await home.run(["hash-object", "-w", "--stdin", "--no-filters"], text);
    if (r.code !== 0) throw new Error(`git hash-object: ${r.stderr}`);
    blobs.set(p, r.stdout.toString().trim());
  }
  const tree = await buildTree(home, tip ? `${tip}^{tree}` : null, blobs);
  const e = plan.entry;
  const message = `runledger: record ${e.commit ?? "no commit"} (entry ${e.seq}, ${plan.added} run${plan.added === 1 ? "" : "s"})

entry-hash: ${e.hash}
`;
  const c = await home.run(["commit-tree", tree, ...tip ? ["-p", tip] : [], "-F", "-"], message, who);
  if (c.code !== 0) throw new Error(`git commit-tree: ${c.stderr}`);
  return c.stdout.toString().trim();
}
async function appendToGit(branch, input, opts) {
  const env = opts.env ?? {};
  const home = await openGitHome(branch, opts.cwd, env);
  const location = `git:${branch}`;
  const maxAttempts = opts.maxAttempts ?? 12;
  const base = opts.backoffMs ?? 100;
  try {
    const who = await identity(opts.cwd, env);
    for (let attempt = 1; ; attempt++) {
      const tip = await home.fetch();
      const plan = await planAppend(gitSnapshot(home, tip), input, opts.now?.() ?? /* @__PURE__ */ new Date());
      if (!plan.entry)
        return {
          entry: null,
          added: 0,
          skipped: plan.skipped,
          retries: attempt - 1,
          ...tip ? { ledgerCommit: tip } : {}
        };
      const commit = await buildCommit(home, tip, plan, who);
      await opts.beforePush?.(attempt);
      const push = await home.run(["push", "--quiet", "--porcelain", "origin", `${commit}:refs/heads/${branch}`]);
      if (push.code === 0)
        return {
          entry: plan.entry,
          added: plan.added,
          skipped: plan.skipped,
          retries: attempt - 1,
          ledgerCommit: commit
        };
      const detail = (push.stderr + push.stdout.toString()).trim();
      if (!REJECTED.test(detail)) throw new UserError(ledgerMessages.pushFailed(location, detail), 1);
      if (attempt >= maxAttempts) throw new UserError(ledgerMessages.pushGaveUp(location, attempt), 1);
      await sleep(Math.random() * Math.min(3e3, base * 2 ** attempt));
    }
  } finally {
    await home.close();
  }
}

// src/publish/ledger/chain.ts
function checkChain(sorted) {
  const out = [];
  let prevHash = null;
  let expected = 0;
  for (const e of sorted) {
    const file = entryPath(e.commit, e.seq, e.hash);
    if (e.seq !== expected) {
      out.push({ file, problem: expected === 0 && e.seq > 0 ? ledgerMessages.firstNotZero(e.seq) : ledgerMessages.gap(expected, e.seq) });
    } else if (e.prev !== prevHash) {
      out.push({ file, problem: ledgerMessages.badLink(e.seq, e.prev, prevHash) });
    }
    prevHash = e.hash;
    expected = e.seq + 1;
  }
  return out;
}

// src/publish/ledger/open.ts
import { readFile as readFile2 } from "node:fs/promises";
import path4 from "node:path";
async function openSnapshot(location, cwd, env = {}) {
  const branch = gitBranchOf(location);
  if (branch === void 0) return { snap: await dirSnapshot(location, cwd), close: async () => void 0 };
  const home = await openGitHome(branch, cwd, env);
  try {
    const tip = await home.fetch();
    return { snap: gitSnapshot(home, tip), close: () => home.close() };
  } catch (e) {
    await home.close();
    throw e;
  }
}
async function isLedgerLocation(arg, cwd) {
  if (gitBranchOf(arg) !== void 0) return gitBranchOf(arg) !== "";
  try {
    const v = JSON.parse(await readFile2(path4.join(path4.resolve(cwd, arg), MARKER_FILE), "utf8"));
    return typeof v === "object" && v !== null && v.runledger === "ledger";
  } catch {
    return false;
  }
}

// src/publish/ledger/baseline.ts
var FIRST_WALK = 256;
var MAX_WALK = 65536;
async function firstParentLine(commit, cwd, limit) {
  try {
    const r = await git(["rev-list", "--first-parent", `--max-count=${limit}`, `${commit}^{commit}`, "--"], { cwd });
    if (r.code !== 0) return void 0;
    const list = r.stdout.toString().split("\n").filter(Boolean);
    return list.length ? list : void 0;
  } catch {
    return void 0;
  }
}
async function recordedAmong(snap, recent, complete, line, want) {
  const inRecent = new Set(recent.map((i) => i.commit));
  const out = [];
  for (let i = 0; i < line.length && out.length < want; i += 200) {
    const chunk = line.slice(i, i + 200);
    const relevant = [];
    let hits = out.length;
    for (const c of chunk) {
      relevant.push(c);
      if (inRecent.has(c) && ++hits >= want) break;
    }
    const unknown = complete ? [] : relevant.filter((c) => !inRecent.has(c));
    let found = /* @__PURE__ */ new Set();
    if (unknown.length) {
      await snap.prefetch(relevant.map(commitDir));
      found = await snap.existingDirs(unknown.map(commitDir));
    }
    for (const c of relevant) if (inRecent.has(c) || found.has(commitDir(c))) out.push(c);
  }
  return out.slice(0, want);
}
function mean(xs) {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}
function runsOf(entries) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of entries)
    for (const r of e.runs)
      if (!seen.has(r.run.id)) {
        seen.add(r.run.id);
        out.push(r);
      }
  return out;
}
function historyOf(perCommit) {
  const out = {};
  for (const runs of perCommit) {
    const byName = /* @__PURE__ */ new Map();
    for (const r of runs) {
      const metrics = byName.get(r.run.name) ?? /* @__PURE__ */ new Map();
      byName.set(r.run.name, metrics);
      for (const [k, v] of Object.entries(r.metrics)) {
        const value = metricObject(v).value;
        if (typeof value === "number" && Number.isFinite(value)) metrics.set(k, [...metrics.get(k) ?? [], value]);
      }
    }
    for (const [name, metrics] of byName) {
      const target = out[name] ??= {};
      for (const [k, values] of metrics) (target[k] ??= []).push(mean(values));
    }
  }
  return out;
}
async function resolveBaseline(opts) {
  const want = Math.max(1, opts.historyLength ?? 20);
  const { snap, close } = await openSnapshot(opts.location, opts.cwd);
  try {
    const empty = (source) => ({ commit: null, source, runs: [], history: {} });
    if (await readMarker(snap) === void 0) return empty(ledgerMessages.emptyLedger(snap.label));
    const index = await readIndex(snap);
    if (!index.head) return empty(ledgerMessages.emptyLedger(snap.label));
    const complete = index.recent[0]?.seq === 0;
    const hints = new Map(index.recent.map((i) => [i.commit, i.parents]));
    let recorded;
    if (opts.commit !== void 0) {
      let line;
      recorded = [];
      for (let limit = FIRST_WALK; ; limit *= 4) {
        line = await firstParentLine(opts.commit, opts.cwd, limit);
        if (!line) break;
        recorded = await recordedAmong(snap, index.recent, complete, line, want);
        if (recorded.length >= want || line.length < limit || limit >= MAX_WALK) break;
      }
      if (!line) {
        recorded = [];
        let cur = opts.commit;
        while (cur && recorded.length < want) {
          const at = await entriesAt(snap, cur);
          if (at.length === 0) break;
          const full = at[0].commit;
          recorded.push(full);
          cur = at.find((e) => e.parents?.length)?.parents?.[0] ?? hints.get(full)?.[0];
        }
      }
      if (recorded.length === 0) return empty(ledgerMessages.noBaseline(snap.label, opts.commit));
    } else {
      const branch = index.head.branch;
      recorded = [];
      for (const item of [...index.recent].reverse()) {
        if (recorded.length >= want) break;
        if (branch !== void 0 && item.branch !== void 0 && item.branch !== branch) continue;
        if (!recorded.includes(item.commit)) recorded.push(item.commit);
      }
    }
    const byCommit = await entriesAtMany(snap, recorded);
    const perCommit = recorded.map((c) => runsOf(byCommit.get(c) ?? []));
    const found = recorded[0] ?? null;
    return {
      commit: found,
      source: ledgerMessages.baselineSource(snap.label, found, opts.commit),
      runs: perCommit[0] ?? [],
      history: historyOf([...perCommit].reverse())
    };
  } finally {
    await close();
  }
}

// src/publish/ledger/verify-ledger.ts
import { mkdir as mkdir2, rename as rename2, writeFile } from "node:fs/promises";
import path5 from "node:path";

// src/publish/ledger/verify.ts
async function verifySnapshot(snap) {
  const problems = [];
  try {
    if (await readMarker(snap) === void 0) return { entries: 0, runs: 0, problems, intact: [] };
  } catch (e) {
    if (e instanceof LedgerError)
      return { entries: 0, runs: 0, problems: [{ file: e.file, problem: e.problem }], intact: [] };
    throw e;
  }
  const files = (await snap.listEntryFiles()).sort();
  const texts = await snap.readMany(files);
  const byFile = [];
  const entries = [];
  let runs = 0;
  for (const file of files) {
    const where = parseEntryPath(file);
    if (!where) {
      byFile.push({ file, seq: -1, problem: ledgerMessages.strayFile() });
      continue;
    }
    const r = checkEntry(texts.get(file) ?? "", file);
    if ("problem" in r) {
      byFile.push({ file, seq: where.seq, problem: r.problem });
      continue;
    }
    let bad;
    for (const [i, m] of r.entry.runs.entries()) {
      const v = await validateManifest(m, `${file}#/runs/${i}`);
      if (!v.ok) {
        bad = ledgerMessages.invalidRun(i, v.problems.map((p) => formatProblem({ ...p, file: "" }).replace(/^#/, "")).join("; "));
        break;
      }
    }
    if (bad) {
      byFile.push({ file, seq: where.seq, problem: bad });
      continue;
    }
    entries.push(r.entry);
    runs += r.entry.runs.length;
  }
  entries.sort((a, b) => a.seq - b.seq);
  const brokenSeqs = new Set(byFile.map((b) => b.seq));
  const chain = checkChain(entries).filter((c) => {
    const seq = parseEntryPath(c.file)?.seq ?? -1;
    return !(brokenSeqs.has(seq - 1) || brokenSeqs.has(seq));
  });
  const ordered = [
    ...byFile.map((b) => ({ seq: b.seq, p: { file: b.file, problem: b.problem } })),
    ...chain.map((c) => ({ seq: parseEntryPath(c.file)?.seq ?? -1, p: c }))
  ].sort((a, b) => a.seq - b.seq);
  problems.push(...ordered.map((o) => o.p));
  try {
    const index = await readIndex(snap);
    const last = entries.at(-1);
    const head = index.head;
    if (head && (!last || head.seq > last.seq) && !brokenSeqs.has(head.seq))
      problems.push({ file: head.path, problem: ledgerMessages.headMissing(head.path), kind: "index" });
    else if (last && problems.length === 0) {
      const want = indexOf(entries.slice(-RECENT_LIMIT));
      if (canonicalJson(want.head) !== canonicalJson(index.head) || canonicalJson(want.recent) !== canonicalJson(index.recent))
        problems.push({ file: INDEX_FILE, problem: ledgerMessages.headMismatch(head?.seq ?? -1, last.seq), kind: "index" });
    }
  } catch (e) {
    if (e instanceof LedgerError) problems.push({ file: e.file, problem: e.problem, kind: "index" });
    else throw e;
  }
  return { entries: files.length, runs, problems, intact: entries };
}

// src/publish/ledger/verify-ledger.ts
async function verifyLedger(location, opts) {
  const { snap, close } = await openSnapshot(location, opts.cwd, opts.env);
  try {
    return { ...await verifySnapshot(snap), label: snap.label, exists: snap.exists };
  } finally {
    await close();
  }
}
async function rebuildIndex(location, opts) {
  if (gitBranchOf(location) !== void 0) throw new Error("rebuildIndex: only directory ledgers");
  const { snap } = await openSnapshot(location, opts.cwd);
  const report = await verifySnapshot(snap);
  if (!report.problems.every((p) => p.kind === "index")) return { rebuilt: false, report };
  const root = path5.resolve(opts.cwd, location);
  await mkdir2(root, { recursive: true });
  const tmp = path5.join(root, `.${INDEX_FILE}.${process.pid}.tmp`);
  await writeFile(tmp, serialize(indexOf(report.intact)));
  await rename2(tmp, path5.join(root, INDEX_FILE));
  return { rebuilt: true, report };
}

// src/publish/ledger/index.ts
async function openLedger(location, opts) {
  const { snap, close } = await openSnapshot(location, opts.cwd, opts.env);
  return {
    label: snap.label,
    async entries() {
      const entries = await allEntries(snap);
      const broken = checkChain(entries)[0];
      if (broken) throw new LedgerError(snap.label, broken.file, broken.problem);
      return entries;
    },
    atCommit: (commit) => entriesAt(snap, commit),
    stream: (from = 0) => streamEntries(snap, from),
    close
  };
}
async function appendToLedger(location, input, opts) {
  const branch = gitBranchOf(location);
  return branch === void 0 ? appendToDir(location, input, opts) : appendToGit(branch, input, opts);
}

export {
  DEFAULT_BRANCH,
  commitDir,
  entryPath,
  canonicalJson,
  entryHash,
  LEDGER_FORMAT_VERSION,
  ledgerMessages,
  LedgerError,
  git,
  gitText,
  gitBranchOf,
  openGitHome,
  openSnapshot,
  isLedgerLocation,
  historyOf,
  resolveBaseline,
  verifyLedger,
  rebuildIndex,
  openLedger,
  appendToLedger
};
