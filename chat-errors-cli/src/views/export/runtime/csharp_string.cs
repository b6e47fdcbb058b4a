    public struct __ENUM__ : IEquatable<__ENUM__>
    {
        /// <summary>The code.</summary>
        public readonly string Code;

        public __ENUM__(string code)
        {
            Code = code;
        }

__MEMBERS__
        public bool Equals(__ENUM__ other)
        {
            return string.Equals(Code, other.Code, StringComparison.Ordinal);
        }

        public override bool Equals(object other)
        {
            return other is __ENUM__ && Equals((__ENUM__)other);
        }

        public override int GetHashCode()
        {
            return Code == null ? 0 : Code.GetHashCode();
        }

        public override string ToString()
        {
            return Code ?? "";
        }

        public static bool operator ==(__ENUM__ a, __ENUM__ b)
        {
            return a.Equals(b);
        }

        public static bool operator !=(__ENUM__ a, __ENUM__ b)
        {
            return !a.Equals(b);
        }
    }
